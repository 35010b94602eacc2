/// `ceiling --help`.
enum HelpText {
    static let version = "ceiling \(CeilingVersion.number)"

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
                              cannot edit) and stale caps (a cap that excludes the locked
                              version); exit 1 if any. A pin (==1.2, ===1.2, ==1.2.*) is
                              a pin: one that excludes the locked version is not stale
      --json                  one JSON report on stdout (combines with --diff, --check)
      --output-format text|json|github|gitlab|sarif
                              text (default), json (= --json), or a CI report that
                              implies --check: github (workflow commands: annotations),
                              gitlab (Code Quality JSON), sarif (SARIF 2.1.0, with fixes)
      --raise                 widen caps that exclude the locked or installed version
                              to that version's policy boundary: flask>=1.1,<2 with
                              2.3.2 locked -> flask>=1.1,<3 (pins are never raised)
      --relax                 remove upper bounds, keeping lower bounds and exclusions:
                              flask>=1.1,<2 -> flask>=1.1 (pins, SwiftPM, --ignore and
                              pragmas are kept). --raise and --relax combine with
                              --diff, --check, --json and -; with --check they list
                              what they would change and exit 1 if anything
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
      --index                 for names without a lock or environment version, take
                              the newest published release the constraint admits
                              (Python: the package index; Package.swift: git tags)
      --index-url URL         the Simple API index (implies --index; default:
                              PIP_INDEX_URL, UV_INDEX_URL, https://pypi.org/simple/)
      --exclude-newer DATE    ignore files uploaded after DATE (RFC 3339 or a date)
      --offline               lookups use the cache only
      --refresh               lookups ignore the cache
      --ignore NAME           never cap NAME (repeatable)
      --exclude GLOB          skip paths matching GLOB while walking (repeatable)
      --no-ignore             also walk what .gitignore, .git/info/exclude and
                              .ignore files exclude (named files are always read)
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
                              from-lower-bound, transitive, index)
      --color auto|always|never
      -q, --quiet             print only errors
      -v, --verbose           also print skipped constraints and lock sources
      --generate-completion-script bash|zsh|fish
                              print a completion script for that shell
      --version, -h/--help

    EXIT CODES
      0  done (written, or nothing to do)
      1  --check found unbounded constraints, or caps that exclude the locked or
         installed version (stale); --raise --check: caps to raise;
         --relax --check: caps to remove
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
      ceiling --output-format github .          annotations in a GitHub Actions job
      source <(ceiling --generate-completion-script bash)
      ceiling --raise .                         a new major is locked: move the caps
      ceiling --relax --diff pyproject.toml     a library that chooses not to cap

    Lines with a `# ceiling: ignore` comment (or `# renovate: ignore`,
    `# pyup: ignore`) are left alone. Python itself is never capped.

    """
}
