/// ceiling's version: the one place it is written.
///
/// `ceiling --version` prints it, and `Scripts/build-wheel` reads this line to name the
/// wheel (`ceiling-<number>-py3-none-<platform>.whl`) and checks that the binary it packs
/// prints the same. Keep it a plain PEP 440 version in one string literal.
enum CeilingVersion {
    static let number = "0.1.0"
}
