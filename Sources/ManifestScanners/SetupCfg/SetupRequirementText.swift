/// What setup.cfg and setup.py scanners need beyond `RequirementText`.
enum SetupRequirementText {
    /// Marker variables (PEP 508 and the legacy dotted spellings): a `;`-split chunk that starts
    /// with one of these was meant as a marker, not as a second requirement.
    static let markerVariables: Set<String> = [
        "python_version", "python_full_version", "os_name", "sys_platform", "platform_release",
        "platform_system", "platform_version", "platform_machine", "platform_python_implementation",
        "implementation_name", "implementation_version", "extra", "os.name", "sys.platform",
        "platform.version", "platform.machine", "platform.python_implementation", "python_implementation",
    ]
}
