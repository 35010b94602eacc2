/// `ceiling --help`.
enum HelpText {
    static let version = "ceiling 0.1.0"

    static let usage = """
    USAGE: ceiling [OPTIONS] [PATH ...]

    Puts an upper bound on every dependency constraint in the manifests under PATH
    (default: .), editing them in place and changing nothing else:
    Werkzeug>=0.15 becomes Werkzeug>=0.15,<2. The cap comes from evidence of the
    version in use (a lock or installed environment), raised to the highest lower
    bound on that name in the project; without evidence nothing is capped and a
    warning says so. --policy major caps below the next release that bumps the first
    non-zero component (1.2.3 -> <2, 0.3.1 -> <0.4).

    Manifests: requirements*.txt, requirements/*.txt, *requirements*.in,
    constraints*.txt, pyproject.toml, Pipfile, setup.cfg, setup.py, Package.swift.
    A file named explicitly is read whatever its name (a requirements file unless
    --format says otherwise).

    MODES
      (default)               rewrite in place; one line per changed file on stderr
      --diff                  print a unified diff (git apply, patch -p1); write nothing
      --check                 write nothing; list unbounded constraints (also those ceiling
                              cannot edit); exit 1 if any
      --json                  one JSON report on stdout (combines with --diff, --check)
      -                       read one manifest on stdin, write the result on stdout

    OPTIONS
      --policy major|minor|exact   how far the cap goes (default: major)
                                   major: 1.2.3 -> <2, 0.3.1 -> <0.4, 0.0.7 -> <0.0.8
                                   minor: 1.2.3 -> <1.3, 0.3.1 -> <0.3.2
                                   exact: ==R (only with a locked/installed version)
      --lock FILE             read versions from FILE (repeatable): pip freeze output,
                              poetry.lock, uv.lock, pdm.lock, pylock.toml,
                              Pipfile.lock, Package.resolved. Without it, the locks
                              beside each manifest and in its parent folders up to
                              the repository root are used (the nearest wins)
      --venv DIR              read installed versions from a virtual environment
                              (.venv/, venv/ and folders holding pyvenv.cfg at the
                              repository root, and $VIRTUAL_ENV inside it, are found)
      --no-discover-locks     do not look for lock files or environments
      --from-lower-bound      without evidence, cap from the highest lower bound
                              (never from an all-zero one such as >=0)
      --ignore NAME           never cap NAME (repeatable)
      --exclude GLOB          skip paths matching GLOB while walking (repeatable)
      --transitive            also cap installed packages no manifest declares, from
                              the lock or environment: pip projects get a constraints
                              file (and a -c line), uv projects [tool.uv]
                              constraint-dependencies; Poetry, PDM, Pipenv and SwiftPM
                              projects get the caps listed, nothing written
      --constraints-file PATH where a pip project's transitive caps go (default: the
                              file the root requirements file names with -c, else
                              constraints.txt beside it)
      --files-from FILE       read the paths to process from FILE (- for stdin)
      -0, --null              --files-from entries are NUL-separated
      --format KIND           requirements, pyproject, pipfile, setup.cfg, setup.py,
                              package.swift
      --stdin-filename NAME   the name of the manifest read with -
      --no-config             ignore the repository's .ceiling.toml and
                              [tool.ceiling] (policy, ignore, exclude,
                              from-lower-bound, transitive)
      --color auto|always|never
      -q, --quiet             print only errors
      -v, --verbose           also print skipped constraints and lock sources
      --version, -h/--help

    EXIT CODES
      0  done (written, or nothing to do)
      1  --check found unbounded constraints
      2  usage error
      3  a file could not be read, parsed or written (path:line:col: error: ...);
         it was left untouched and the other files were processed
      130 interrupted between files (every file is either old or new)

    EXAMPLES
      ceiling                                   rewrite every manifest under .
      ceiling --diff ~/src > caps.patch         review first, apply with git apply
      ceiling --check .                         CI / pre-commit gate
      ceiling --lock requirements.lock requirements.in
      ceiling --policy minor pyproject.toml
      ceiling --transitive --lock freeze.txt .  cap what your dependencies pull in
      cat requirements.txt | ceiling - > capped.txt
      find . -name 'requirements*.txt' -print0 | ceiling --files-from - -0 --diff
      ceiling --json --check . | jq '.summary'

    Lines with a `# ceiling: ignore` comment (or `# renovate: ignore`,
    `# pyup: ignore`) are left alone. Python itself is never capped.

    """
}
