#!/usr/bin/env python3
"""Generates a forest of repositories with realistic Python and Swift manifests and lock files.

Usage: Scripts/bench-forest.py [--repos N] [--seed S] [--validate] [--list FILE] OUT

OUT must not exist. It gets N folders (repositories), each with an empty .git folder so that
lock discovery stops there, a README, some source files, about two in three a .gitignore (a
few more in a subfolder, some a .ignore) that the generated files never match, and one of
these layouts (shares modelled on ../shared/corpus):

  requirements  requirements.txt / requirements-dev.txt / requirements.in / requirements/*.txt,
                with comments, markers, extras, options, continuation lines, pip-compile output
                with hashes; a pip-freeze requirements.lock beside some
  pyproject     PEP 621 [project] dependencies, optional-dependencies, PEP 735 dependency-groups,
                build-system, tool tables; uv.lock beside some
  poetry        pyproject.toml with [tool.poetry] dependency tables and groups; poetry.lock
  setup.cfg     [options] install_requires / extras_require, with a build-system pyproject
  pipfile       Pipfile (+ Pipfile.lock)
  swift         Package.swift (+ Package.resolved, format 1, 2 or 3)
  monorepo      several of the above in sub-folders

Everything is decided by a random generator seeded with "SEED:INDEX", so a repository's
content depends only on the seed and its index, not on N. Most constraints have a lower
bound and no upper bound; some are bounded, pinned, compatible-release or bare.

With --validate every file is parsed again by Python's reference parsers (tomllib, json,
configparser, packaging) before it is written; a failure is a generator bug and stops the run.
--list FILE writes the manifest paths (the names ceiling reads), NUL-separated.
Prints one summary line: repositories, manifests, lock files, bytes.
"""
import argparse
import configparser
import json
import os
import random
import sys
import tomllib

# name -> latest version (realistic PyPI names; a few 0.x, calendar and 4-part versions)
PYPI = {
    "requests": "2.32.3", "urllib3": "2.2.3", "certifi": "2024.8.30", "idna": "3.10",
    "charset-normalizer": "3.4.0", "click": "8.1.7", "flask": "3.1.0", "werkzeug": "3.1.3",
    "jinja2": "3.1.4", "markupsafe": "3.0.2", "itsdangerous": "2.2.0", "django": "5.1.3",
    "djangorestframework": "3.15.2", "django-environ": "0.11.2", "celery": "5.4.0",
    "redis": "5.2.0", "kombu": "5.4.2", "sqlalchemy": "2.0.36", "alembic": "1.14.0",
    "psycopg2-binary": "2.9.10", "psycopg": "3.2.3", "asyncpg": "0.30.0", "pymysql": "1.1.1",
    "fastapi": "0.115.5", "starlette": "0.41.3", "uvicorn": "0.32.1", "gunicorn": "23.0.0",
    "httpx": "0.28.0", "httpcore": "1.0.7", "anyio": "4.6.2", "sniffio": "1.3.1",
    "h11": "0.14.0", "aiohttp": "3.11.7", "yarl": "1.18.0", "multidict": "6.1.0",
    "pydantic": "2.10.2", "pydantic-core": "2.27.1", "pydantic-settings": "2.6.1",
    "typing-extensions": "4.12.2", "attrs": "24.2.0", "cattrs": "24.1.2", "numpy": "2.1.3",
    "pandas": "2.2.3", "scipy": "1.14.1", "matplotlib": "3.9.2", "scikit-learn": "1.5.2",
    "torch": "2.5.1", "transformers": "4.46.3", "tokenizers": "0.20.4", "tqdm": "4.67.1",
    "pyyaml": "6.0.2", "toml": "0.10.2", "tomli": "2.2.1", "tomlkit": "0.13.2",
    "python-dateutil": "2.9.0.post0", "pytz": "2024.2", "tzdata": "2024.2", "six": "1.16.0",
    "packaging": "24.2", "setuptools": "75.6.0", "wheel": "0.45.1", "pip": "24.3.1",
    "boto3": "1.35.71", "botocore": "1.35.71", "s3transfer": "0.10.4", "jmespath": "1.0.1",
    "google-cloud-storage": "2.18.2", "google-auth": "2.36.0", "protobuf": "5.28.3",
    "grpcio": "1.68.0", "cryptography": "44.0.0", "cffi": "1.17.1", "pycparser": "2.22",
    "bcrypt": "4.2.1", "pyjwt": "2.10.1", "passlib": "1.7.4", "rich": "13.9.4",
    "typer": "0.14.0", "colorama": "0.4.6", "tabulate": "0.9.0", "marshmallow": "3.23.1",
    "jsonschema": "4.23.0", "lxml": "5.3.0", "beautifulsoup4": "4.12.3", "pillow": "11.0.0",
    "openai": "1.55.3", "anthropic": "0.40.0", "tenacity": "9.0.0", "structlog": "24.4.0",
    "loguru": "0.7.2", "sentry-sdk": "2.19.0", "prometheus-client": "0.21.0",
    "python-dotenv": "1.0.1", "orjson": "3.10.12", "ujson": "5.10.0", "msgpack": "1.1.0",
    "regex": "2024.11.6", "networkx": "3.4.2", "sympy": "1.13.3", "pyarrow": "18.1.0",
    "polars": "1.15.0", "duckdb": "1.1.3", "websockets": "14.1", "paramiko": "3.5.0",
    "docker": "7.1.0", "kubernetes": "31.0.0", "gitpython": "3.1.43", "markdown": "3.7",
    "mkdocs": "1.6.1", "mkdocs-material": "9.5.47", "sphinx": "8.1.3", "furo": "2024.8.6",
    "pytest": "8.3.3", "pytest-cov": "6.0.0", "pytest-asyncio": "0.24.0", "pytest-mock": "3.14.0",
    "pytest-xdist": "3.6.1", "coverage": "7.6.8", "hypothesis": "6.122.0", "tox": "4.23.2",
    "nox": "2024.10.9", "mypy": "1.13.0", "ruff": "0.8.1", "black": "24.10.0", "isort": "5.13.2",
    "flake8": "7.1.1", "pylint": "3.3.1", "pre-commit": "4.0.1", "types-requests": "2.32.0.20241016",
    "types-pyyaml": "6.0.12.20240917", "freezegun": "1.5.1", "responses": "0.25.3",
    "factory-boy": "3.3.1", "faker": "33.1.0", "ipython": "8.29.0", "jupyter": "1.1.1",
    "twine": "6.0.1", "build": "1.2.2.post1", "hatchling": "1.26.3", "poetry-core": "1.9.1",
    "setuptools-scm": "8.1.0", "cython": "3.0.11", "zope.interface": "7.1.1",
    "backports.zoneinfo": "0.2.1", "importlib-metadata": "8.5.0", "zipp": "3.21.0",
    "platformdirs": "4.3.6", "filelock": "3.16.1", "virtualenv": "20.28.0", "distlib": "0.3.9",
    "greenlet": "3.1.1", "gevent": "24.11.1", "eventlet": "0.38.0", "Werkzeug": "3.1.3",
    "Jinja2": "3.1.4", "PyYAML": "6.0.2", "SQLAlchemy": "2.0.36", "Django": "5.1.3",
}
EXTRAS = {
    "requests": ["socks", "security"], "celery": ["redis", "sqs"], "uvicorn": ["standard"],
    "pydantic": ["email"], "httpx": ["http2", "socks"], "fastapi": ["standard", "all"],
    "sqlalchemy": ["asyncio", "postgresql"], "coverage": ["toml"], "black": ["d", "jupyter"],
    "sentry-sdk": ["fastapi", "flask"], "psycopg": ["binary", "pool"], "boto3": ["crt"],
}
MARKERS = [
    'python_version < "3.11"', "python_version >= '3.9'", 'sys_platform == "win32"',
    'sys_platform != "win32"', 'platform_system == "Linux"', 'implementation_name == "cpython"',
    'python_version < "3.10" and sys_platform == "darwin"', "extra == 'dev'",
    'platform_machine == "x86_64"', 'os_name == "nt"',
]
COMMENTS = [
    "pinned for CVE-2023-32681", "see https://github.com/org/repo/issues/123", "keep in sync with setup.cfg",
    "TODO: drop once we leave 3.8", "needed by the worker", "do not upgrade: breaks tests",
    "transitive, listed for the hash", "used in scripts/", "optional speedups",
]
SWIFT = [
    ("https://github.com/apple/swift-nio.git", "2.77.0"), ("https://github.com/apple/swift-log.git", "1.6.2"),
    ("https://github.com/apple/swift-argument-parser", "1.5.0"), ("https://github.com/apple/swift-collections.git", "1.1.4"),
    ("https://github.com/apple/swift-algorithms", "1.2.0"), ("https://github.com/apple/swift-crypto.git", "3.9.1"),
    ("https://github.com/apple/swift-metrics.git", "2.5.0"), ("https://github.com/swiftlang/swift-syntax.git", "600.0.1"),
    ("https://github.com/vapor/vapor.git", "4.106.7"), ("https://github.com/vapor/fluent.git", "4.12.0"),
    ("https://github.com/Alamofire/Alamofire.git", "5.10.2"), ("https://github.com/onevcat/Kingfisher.git", "8.1.1"),
    ("https://github.com/pointfreeco/swift-composable-architecture", "1.17.0"),
    ("https://github.com/pointfreeco/swift-dependencies", "1.6.2"), ("https://github.com/Quick/Quick.git", "7.6.2"),
    ("https://github.com/Quick/Nimble.git", "13.7.1"), ("https://github.com/realm/SwiftLint", "0.57.1"),
    ("https://github.com/jpsim/Yams.git", "5.1.3"), ("https://github.com/SwiftyJSON/SwiftyJSON.git", "5.0.2"),
    ("https://github.com/groue/GRDB.swift.git", "6.29.3"), ("https://github.com/kishikawakatsumi/KeychainAccess.git", "4.2.2"),
    ("https://github.com/getsentry/sentry-cocoa", "8.41.0"), ("https://github.com/firebase/firebase-ios-sdk.git", "11.6.0"),
    ("https://github.com/airbnb/lottie-ios.git", "4.5.0"), ("https://github.com/SnapKit/SnapKit.git", "5.7.1"),
]
WORDS = ["atlas", "beacon", "cobalt", "delta", "ember", "falcon", "garnet", "harbor", "indigo", "juniper",
         "kestrel", "lumen", "meadow", "nimbus", "onyx", "pylon", "quartz", "raven", "sierra", "tundra",
         "umbra", "vector", "willow", "xenon", "yonder", "zephyr", "api", "core", "tools", "service",
         "worker", "client", "sdk", "cli", "web", "data", "ml", "infra", "bot", "lab"]
PY_NAMES = sorted(set(PYPI))
PY_NAMES_RUNTIME = [n for n in PY_NAMES if n not in (
    "pytest", "pytest-cov", "pytest-asyncio", "pytest-mock", "pytest-xdist", "coverage", "hypothesis", "tox",
    "nox", "mypy", "ruff", "black", "isort", "flake8", "pylint", "pre-commit", "freezegun", "responses",
    "factory-boy", "faker", "types-requests", "types-pyyaml", "twine", "build", "sphinx", "furo", "mkdocs",
    "mkdocs-material")]
PY_NAMES_DEV = ["pytest", "pytest-cov", "pytest-asyncio", "pytest-mock", "pytest-xdist", "coverage", "hypothesis",
                "tox", "nox", "mypy", "ruff", "black", "isort", "flake8", "pylint", "pre-commit", "freezegun",
                "responses", "factory-boy", "faker", "types-requests", "types-pyyaml", "ipython"]
PY_NAMES_DOCS = ["sphinx", "furo", "mkdocs", "mkdocs-material", "markdown"]


# ---------------------------------------------------------------- versions

def vparts(text):
    """The numeric release of a version string ('2.9.0.post0' -> [2, 9, 0])."""
    out = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit()) if piece[:1].isdigit() else ""
        if not digits or not piece.isdigit():
            if digits and piece[: len(digits)] == digits:
                out.append(int(digits))
            break
        out.append(int(piece))
    return out or [0]


def older(rng, latest):
    """A plausible earlier (or equal) release, with 1 to 3 parts."""
    parts = vparts(latest)
    major = parts[0]
    if major >= 2000:  # calendar version: go back a year or two
        year = major - rng.randint(0, 2)
        return f"{year}.{rng.randint(1, 12)}" + (f".{rng.randint(1, 28)}" if rng.random() < 0.5 else "")
    if major > 0 and rng.random() < 0.6:
        major = rng.randint(max(0, major - 2), major)
    minor_max = parts[1] if len(parts) > 1 and major == parts[0] else 20
    minor = rng.randint(0, max(0, minor_max))
    shape = rng.random()
    if shape < 0.3:
        return f"{major}.{minor}"
    if shape < 0.38 and major > 0:
        return f"{major}"
    patch_max = parts[2] if len(parts) > 2 and major == parts[0] and minor == parts[1] else 12
    return f"{major}.{minor}.{rng.randint(0, max(0, patch_max))}"


def newer_or_same(rng, lower, latest):
    """A version to lock: at or above `lower`, not above `latest` (by numeric release)."""
    lo, hi = vparts(lower), vparts(latest)
    if lo >= hi:
        return ".".join(str(p) for p in (lo + [0, 0])[:3])
    if rng.random() < 0.5:
        return latest
    major = rng.randint(lo[0], hi[0])
    if major == hi[0]:
        lo_minor = 0 if major != lo[0] else (lo[1] if len(lo) > 1 else 0)
        minor = rng.randint(lo_minor, max(lo_minor, hi[1] if len(hi) > 1 else 0))
    else:
        lo_minor = lo[1] if major == lo[0] and len(lo) > 1 else 0
        minor = rng.randint(lo_minor, max(lo_minor, 15))
    cand = [major, minor, rng.randint(0, 9)]
    if cand < lo:
        cand = (lo + [0, 0])[:3]
    if cand > hi:
        return latest
    return ".".join(str(p) for p in cand)


def next_major(version):
    parts = vparts(version)
    if parts[0] >= 2000:
        return str(parts[0] + 1)
    if parts[0] == 0:
        return f"0.{(parts[1] if len(parts) > 1 else 0) + 1}"
    return str(parts[0] + 1)


def hexhash(rng, bits=256):
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


class Dep:
    """One dependency as chosen: name, lower bound, the version a lock would hold, the form."""

    def __init__(self, rng, name, dev=False):
        self.name = name
        latest = PYPI.get(name, "1.0.0")
        self.lower = older(rng, latest)
        self.locked = newer_or_same(rng, self.lower, latest)
        r = rng.random()
        # most unbounded, some bounded, some pinned
        if r < 0.55:
            self.form = "ge"
        elif r < 0.65:
            self.form = "bare"
        elif r < 0.77:
            self.form = "range"
        elif r < 0.87:
            self.form = "pin"
        elif r < 0.92:
            self.form = "compat"
        elif r < 0.96:
            self.form = "gt"
        else:
            self.form = "ne"
        self.extras = []
        if name in EXTRAS and rng.random() < 0.25:
            self.extras = rng.sample(EXTRAS[name], rng.randint(1, len(EXTRAS[name])))
        self.marker = rng.choice(MARKERS) if rng.random() < 0.08 else None
        self.comment = rng.choice(COMMENTS) if rng.random() < 0.07 else None
        self.spaced = rng.random() < 0.15

    def spec(self):
        sp = " " if self.spaced else ""
        if self.form == "ge":
            return f"{sp}>={sp}{self.lower}"
        if self.form == "bare":
            return ""
        if self.form == "range":
            return f"{sp}>={sp}{self.lower},{sp}<{next_major(self.locked)}"
        if self.form == "pin":
            return f"{sp}=={sp}{self.locked}"
        if self.form == "compat":
            lo = vparts(self.lower)
            return f"{sp}~={sp}{lo[0]}.{lo[1] if len(lo) > 1 else 0}"
        if self.form == "gt":
            return f"{sp}>{sp}{self.lower}"
        return f">={self.lower},!={self.locked}"

    def pep508(self, marker=True):
        text = self.name
        if self.extras:
            text += "[" + ",".join(self.extras) + "]"
        text += self.spec()
        if marker and self.marker:
            text += ("; " if not self.spaced else " ; ") + self.marker
        return text


def pick_deps(rng, pool, lo, hi, dev=False):
    names = rng.sample(pool, min(len(pool), rng.randint(lo, hi)))
    return [Dep(rng, n, dev) for n in names]


# ---------------------------------------------------------------- manifests

def requirements_txt(rng, deps, includes=()):
    lines = []
    if rng.random() < 0.4:
        lines.append(rng.choice(["# Runtime dependencies", "# Install with: pip install -r requirements.txt",
                                 "# This file lists direct dependencies only."]))
    if rng.random() < 0.1:
        lines.append("--index-url https://pypi.org/simple")
    if rng.random() < 0.05:
        lines.append("--extra-index-url https://download.pytorch.org/whl/cpu")
    for inc in includes:
        lines.append(inc)
    if rng.random() < 0.05:
        lines.append("-e .")
    for i, d in enumerate(deps):
        if rng.random() < 0.06:
            lines.append("")
            lines.append("# " + rng.choice(["web", "storage", "testing", "observability", "misc"]))
        line = d.pep508()
        if rng.random() < 0.04 and d.marker:
            # a continuation line before the marker
            line = d.name + ("[" + ",".join(d.extras) + "]" if d.extras else "") + d.spec() + " \\\n    ; " + d.marker
        if d.comment:
            line += "  # " + d.comment
        lines.append(line)
    if rng.random() < 0.03:
        lines.append("git+https://github.com/org/internal-lib.git@v1.2.0#egg=internal-lib")
    text = "\n".join(lines) + "\n"
    return text


def compiled_requirements(rng, deps, source_name, extra_names):
    """pip-compile output: == pins, hashes on continuation lines, '# via' comments."""
    out = ["#", "# This file is autogenerated by pip-compile with Python 3.12", "# by the following command:", "#",
           f"#    pip-compile --generate-hashes --output-file=requirements.txt {source_name}", "#"]
    pins = {d.name.lower(): d.locked for d in deps}
    for n in extra_names:
        pins.setdefault(n.lower(), newer_or_same(rng, older(rng, PYPI[n]), PYPI[n]))
    for name in sorted(pins):
        out.append(f"{name}=={pins[name]} \\")
        k = rng.randint(1, 4)
        for j in range(k):
            out.append(f"    --hash=sha256:{hexhash(rng)}" + (" \\" if j < k - 1 else ""))
        out.append("    # via " + (f"-r {source_name}" if rng.random() < 0.6 else rng.choice(PY_NAMES)))
    return "\n".join(out) + "\n"


def freeze_lock(rng, deps, extra_names):
    pins = {d.name.lower(): d.locked for d in deps}
    for n in extra_names:
        pins.setdefault(n.lower(), newer_or_same(rng, older(rng, PYPI[n]), PYPI[n]))
    return "".join(f"{n}=={v}\n" for n, v in sorted(pins.items()))


def toml_list(items, indent="    ", trailing=True, inline=False):
    if inline:
        return "[" + ", ".join(json.dumps(i) for i in items) + "]"
    if not items:
        return "[]"
    body = ",\n".join(indent + json.dumps(i) for i in items)
    return "[\n" + body + ("," if trailing else "") + "\n]"


def build_system(rng):
    backend = rng.choice([
        (["setuptools>=61", "wheel"], "setuptools.build_meta"), (["hatchling"], "hatchling.build"),
        (["setuptools>=64", "setuptools-scm>=8"], "setuptools.build_meta"), (["flit_core >=3.2,<4"], "flit_core.buildapi"),
        (["pdm-backend"], "pdm.backend"), (["poetry-core>=1.0.0"], "poetry.core.masonry.api"),
    ])
    return f'[build-system]\nrequires = {toml_list(backend[0], inline=True)}\nbuild-backend = "{backend[1]}"\n'


def pyproject_pep621(rng, name, deps, optional, groups, uv_dev=None):
    parts = []
    top_bs = rng.random() < 0.6
    if top_bs:
        parts.append(build_system(rng))
    proj = [f"[project]", f'name = "{name}"', f'version = "{rng.randint(0, 3)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"',
            f'description = "The {name} project"', f'readme = "README.md"',
            f'requires-python = ">=3.{rng.randint(8, 11)}"']
    if rng.random() < 0.5:
        proj.append('license = {text = "MIT"}')
    if rng.random() < 0.4:
        proj.append('authors = [{ name = "Jane Doe", email = "jane@example.com" }]')
    if rng.random() < 0.4:
        proj.append("classifiers = [\n    \"Programming Language :: Python :: 3\",\n    \"License :: OSI Approved :: MIT License\",\n]")
    proj.append("dependencies = " + toml_list([d.pep508() for d in deps], inline=len(deps) <= 2 and rng.random() < 0.5,
                                              trailing=rng.random() < 0.8))
    parts.append("\n".join(proj) + "\n")
    if optional:
        sec = ["[project.optional-dependencies]"]
        for g, ds in optional.items():
            sec.append(f"{g} = " + toml_list([d.pep508() for d in ds]))
        parts.append("\n".join(sec) + "\n")
    if rng.random() < 0.4:
        parts.append(f'[project.scripts]\n{name} = "{name.replace("-", "_")}.cli:main"\n')
    if rng.random() < 0.3:
        parts.append('[project.urls]\nHomepage = "https://example.com"\nIssues = "https://example.com/issues"\n')
    if groups:
        sec = ["[dependency-groups]"]
        names = list(groups)
        for i, (g, ds) in enumerate(groups.items()):
            items = [json.dumps(d.pep508()) for d in ds]
            if i > 0 and rng.random() < 0.4:
                items.append('{include-group = "' + names[0] + '"}')
            sec.append(f"{g} = [\n" + "".join(f"    {it},\n" for it in items) + "]")
        parts.append("\n".join(sec) + "\n")
    if uv_dev:
        parts.append("[tool.uv]\ndev-dependencies = " + toml_list([d.pep508() for d in uv_dev]) + "\n")
    if rng.random() < 0.6:
        parts.append(f"[tool.ruff]\nline-length = {rng.choice([88, 100, 120])}\ntarget-version = \"py3{rng.randint(8, 12)}\"\n\n"
                     "[tool.ruff.lint]\nselect = [\"E\", \"F\", \"I\", \"UP\"]\n")
    if rng.random() < 0.5:
        parts.append('[tool.pytest.ini_options]\naddopts = "-ra -q"\ntestpaths = ["tests"]\n')
    if rng.random() < 0.3:
        parts.append("[tool.mypy]\nstrict = true\nwarn_unused_ignores = true\n")
    if not top_bs:
        parts.append(build_system(rng))
    return "\n".join(parts)


def poetry_value(rng, d):
    sp = rng.random() < 0.2
    if d.form == "range":
        v = rng.choice([f"^{d.lower}", f"~{d.lower}", f">={d.lower},<{next_major(d.locked)}"])
    elif d.form == "pin":
        v = d.locked
    elif d.form == "bare":
        v = "*"
    elif d.form == "compat":
        v = f"~{d.lower}"
    elif d.form == "gt":
        v = f">{d.lower}"
    else:
        v = f">= {d.lower}" if sp else f">={d.lower}"
    if d.extras or (d.marker and rng.random() < 0.5):
        fields = [f'version = "{v}"']
        if d.extras:
            fields.append("extras = " + toml_list(d.extras, inline=True))
        if d.marker and "extra" not in d.marker:
            fields.append("markers = " + json.dumps(d.marker))
        if rng.random() < 0.2:
            fields.append("optional = true")
        return "{ " + ", ".join(fields) + " }"
    return json.dumps(v)


def pyproject_poetry(rng, name, deps, groups):
    out = [f"[tool.poetry]", f'name = "{name}"', f'version = "0.{rng.randint(1, 30)}.0"',
           f'description = "The {name} service"', 'authors = ["Jane Doe <jane@example.com>"]', 'readme = "README.md"',
           "", "[tool.poetry.dependencies]", f'python = "^3.{rng.randint(8, 11)}"']
    for d in deps:
        line = f"{d.name} = {poetry_value(rng, d)}"
        if d.comment:
            line += "  # " + d.comment
        out.append(line)
    if rng.random() < 0.1:
        out.append('internal-lib = { path = "../internal-lib", develop = true }')
    if rng.random() < 0.05:
        out.append('forked = { git = "https://github.com/org/forked.git", branch = "main" }')
    for g, ds in groups.items():
        out += ["", f"[tool.poetry.group.{g}.dependencies]"]
        out += [f"{d.name} = {poetry_value(rng, d)}" for d in ds]
    if rng.random() < 0.3:
        out += ["", "[tool.poetry.scripts]", f'{name} = "{name.replace("-", "_")}.main:app"']
    out += ["", "[build-system]", 'requires = ["poetry-core>=1.0.0"]', 'build-backend = "poetry.core.masonry.api"']
    return "\n".join(out) + "\n"


def setup_cfg(rng, name, deps, extras):
    out = ["[metadata]", f"name = {name}", f"version = attr: {name.replace('-', '_')}.__version__",
           f"description = The {name} library", "long_description = file: README.md",
           "long_description_content_type = text/markdown", "license = MIT", "classifiers =",
           "    Programming Language :: Python :: 3", "    Operating System :: OS Independent", "",
           "[options]", "packages = find:", f"python_requires = >=3.{rng.randint(7, 10)}", "install_requires ="]
    for d in deps:
        line = "    " + d.pep508()
        if d.comment and rng.random() < 0.5:
            line += "  # " + d.comment
        out.append(line)
    out.append("include_package_data = True")
    if extras:
        out += ["", "[options.extras_require]"]
        for g, ds in extras.items():
            out.append(f"{g} =")
            out += ["    " + d.pep508() for d in ds]
    if rng.random() < 0.5:
        out += ["", "[options.entry_points]", "console_scripts =", f"    {name} = {name.replace('-', '_')}.cli:main"]
    if rng.random() < 0.6:
        out += ["", "[flake8]", "max-line-length = 100", "exclude = .git,__pycache__,build"]
    if rng.random() < 0.4:
        out += ["", "[tool:pytest]", "addopts = -ra", "testpaths = tests"]
    return "\n".join(out) + "\n"


def pipfile_value(rng, d):
    if d.form == "bare":
        v = "*"
    else:
        v = d.spec().replace(" ", "")
    if d.extras or (d.marker and "extra" not in d.marker and rng.random() < 0.5):
        fields = [f'version = "{v}"']
        if d.extras:
            fields.append("extras = " + toml_list(d.extras, inline=True))
        if d.marker and "extra" not in d.marker:
            fields.append("markers = " + json.dumps(d.marker))
        return "{" + ", ".join(fields) + "}"
    return json.dumps(v)


def pipfile(rng, deps, dev):
    out = ["[[source]]", 'url = "https://pypi.org/simple"', "verify_ssl = true", 'name = "pypi"', "", "[packages]"]
    out += [f"{d.name} = {pipfile_value(rng, d)}" for d in deps]
    out += ["", "[dev-packages]"]
    out += [f"{d.name} = {pipfile_value(rng, d)}" for d in dev]
    out += ["", "[requires]", f'python_version = "3.{rng.randint(9, 12)}"']
    if rng.random() < 0.3:
        out += ["", "[scripts]", 'test = "pytest -q"']
    return "\n".join(out) + "\n"


def package_swift(rng, name, picks):
    tools = rng.choice(["5.5", "5.7", "5.9", "5.10", "6.0"])
    deps, products = [], []
    for url, latest, form, lower in picks:
        repo = url.rstrip("/").split("/")[-1].removesuffix(".git")
        if form == "from":
            req = f'from: "{lower}"'
        elif form == "major":
            req = f'.upToNextMajor(from: "{lower}")'
        elif form == "minor":
            req = f'.upToNextMinor(from: "{lower}")'
        elif form == "exact":
            req = f'exact: "{latest}"'
        elif form == "range":
            req = f'"{lower}"..<"{next_major(latest)}.0.0"'
        elif form == "branch":
            req = 'branch: "main"'
        else:
            req = f'revision: "{hexhash(rng, 160)}"'
        deps.append(f'        .package(url: "{url}", {req}),')
        products.append(f'.product(name: "{repo.replace("-", "").replace("swift", "").capitalize() or repo}", package: "{repo}")')
    return (f"// swift-tools-version:{tools}\n"
            "import PackageDescription\n\n"
            "let package = Package(\n"
            f'    name: "{name}",\n'
            "    platforms: [.macOS(.v13), .iOS(.v16)],\n"
            "    products: [\n"
            f'        .library(name: "{name}", targets: ["{name}"]),\n'
            "    ],\n"
            "    dependencies: [\n" + "\n".join(deps) + "\n    ],\n"
            "    targets: [\n"
            f'        .target(\n            name: "{name}",\n            dependencies: [\n'
            + "".join(f"                {p},\n" for p in products) +
            "            ]\n        ),\n"
            f'        .testTarget(name: "{name}Tests", dependencies: ["{name}"]),\n'
            "    ]\n)\n")


# ---------------------------------------------------------------- locks

def uv_lock(rng, project, deps, extra_names):
    pkgs = {d.name.lower(): d.locked for d in deps}
    for n in extra_names:
        pkgs.setdefault(n.lower(), newer_or_same(rng, older(rng, PYPI[n]), PYPI[n]))
    out = ["version = 1", "revision = 3", 'requires-python = ">=3.9"', ""]
    entries = sorted(list(pkgs.items()) + [(project, None)])
    for name, version in entries:
        out.append("[[package]]")
        out.append(f'name = "{name}"')
        if version is None:
            out.append('version = "0.1.0"')
            out.append('source = { editable = "." }')
            out.append("dependencies = [")
            out += [f'    {{ name = "{d.name.lower()}" }},' for d in deps]
            out += ["]", "", "[package.metadata]", "requires-dist = ["]
            out += [f'    {{ name = "{d.name.lower()}", specifier = "{d.spec().replace(" ", "")}" }},' for d in deps]
            out += ["]", ""]
            continue
        out.append(f'version = "{version}"')
        out.append('source = { registry = "https://pypi.org/simple" }')
        if rng.random() < 0.3:
            out.append("dependencies = [")
            out += [f'    {{ name = "{n.lower()}" }},' for n in rng.sample(PY_NAMES, rng.randint(1, 3))]
            out.append("]")
        fn = name.replace("-", "_")
        out.append(f'sdist = {{ url = "https://files.pythonhosted.org/packages/{hexhash(rng, 8)}/{fn}-{version}.tar.gz", '
                   f'hash = "sha256:{hexhash(rng)}", size = {rng.randint(5000, 900000)}, upload-time = "2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T12:00:00Z" }}')
        out.append("wheels = [")
        for tag in rng.sample(["py3-none-any", "cp312-cp312-manylinux_2_17_x86_64", "cp311-cp311-macosx_11_0_arm64",
                               "cp312-cp312-win_amd64"], rng.randint(1, 3)):
            out.append(f'    {{ url = "https://files.pythonhosted.org/packages/{hexhash(rng, 8)}/{fn}-{version}-{tag}.whl", '
                       f'hash = "sha256:{hexhash(rng)}", size = {rng.randint(5000, 900000)} }},')
        out += ["]", ""]
    return "\n".join(out)


def poetry_lock(rng, deps, extra_names):
    pkgs = {d.name.lower(): d.locked for d in deps}
    for n in extra_names:
        pkgs.setdefault(n.lower(), newer_or_same(rng, older(rng, PYPI[n]), PYPI[n]))
    out = ["# This file is automatically @generated by Poetry 1.8.4 and should not be changed by hand.", ""]
    for name, version in sorted(pkgs.items()):
        fn = name.replace("-", "_")
        out += ["[[package]]", f'name = "{name}"', f'version = "{version}"', f'description = "The {name} package"',
                "optional = false", 'python-versions = ">=3.8"', "files = ["]
        out.append(f'    {{file = "{fn}-{version}-py3-none-any.whl", hash = "sha256:{hexhash(rng)}"}},')
        out.append(f'    {{file = "{fn}-{version}.tar.gz", hash = "sha256:{hexhash(rng)}"}},')
        out.append("]")
        if rng.random() < 0.3:
            out += ["", "[package.dependencies]"]
            out += [f'{n} = ">={older(rng, PYPI[n])}"' for n in rng.sample(PY_NAMES_RUNTIME, rng.randint(1, 3))]
        out.append("")
    out += ["[metadata]", 'lock-version = "2.0"', 'python-versions = "^3.9"', f'content-hash = "{hexhash(rng)}"', ""]
    return "\n".join(out)


def pipfile_lock(rng, deps, dev):
    def section(ds):
        return {d.name.lower(): {"hashes": [f"sha256:{hexhash(rng)}" for _ in range(rng.randint(1, 3))],
                                 "index": "pypi", "version": f"=={d.locked}"} for d in ds}
    doc = {"_meta": {"hash": {"sha256": hexhash(rng)}, "pipfile-spec": 6, "requires": {"python_version": "3.11"},
                     "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": True}]},
           "default": section(deps), "develop": section(dev)}
    return json.dumps(doc, indent=4, sort_keys=True) + "\n"


def package_resolved(rng, picks):
    fmt = rng.choice([1, 2, 2, 3])
    pins = []
    for url, latest, form, lower in picks:
        repo = url.rstrip("/").split("/")[-1].removesuffix(".git")
        version = latest if form != "range" else lower
        if fmt == 1:
            pins.append({"package": repo, "repositoryURL": url,
                         "state": {"branch": None, "revision": hexhash(rng, 160), "version": version}})
        else:
            pins.append({"identity": repo.lower(), "kind": "remoteSourceControl", "location": url,
                         "state": {"revision": hexhash(rng, 160), "version": version}})
    if fmt == 1:
        doc = {"object": {"pins": pins}, "version": 1}
    else:
        doc = {"pins": pins, "version": fmt}
        if fmt == 3:
            doc = {"originHash": hexhash(rng), **doc}
    return json.dumps(doc, indent=2) + "\n"


# ---------------------------------------------------------------- validation

def check_requirement_text(text):
    from packaging.requirements import Requirement
    Requirement(text)


def validate(path, data):
    """Parses the file as the reference tools would; raises on anything invalid."""
    name = os.path.basename(path)
    text = data.decode("utf-8-sig")
    if name.endswith(".toml") or name in ("Pipfile", "uv.lock", "poetry.lock"):
        doc = tomllib.loads(text)
        if name == "pyproject.toml":
            proj = doc.get("project", {})
            for r in proj.get("dependencies", []):
                check_requirement_text(r)
            for rs in proj.get("optional-dependencies", {}).values():
                for r in rs:
                    check_requirement_text(r)
            for rs in doc.get("dependency-groups", {}).values():
                for r in rs:
                    if isinstance(r, str):
                        check_requirement_text(r)
        return
    if name.endswith(".json") or name in ("Pipfile.lock", "Package.resolved"):
        json.loads(text)
        return
    if name == "setup.cfg":
        cp = configparser.ConfigParser(interpolation=None)
        cp.read_string(text)
        for line in cp.get("options", "install_requires", fallback="").splitlines():
            line = line.split("#")[0].strip()
            if line:
                check_requirement_text(line)
        return
    if name.endswith(".txt") or name.endswith(".in") or name.endswith(".lock"):
        logical = text.replace("\r\n", "\n").replace("\\\n", " ")
        for line in logical.split("\n"):
            line = line.split(" #")[0].strip()
            if not line or line.startswith("#") or line.startswith("-") or line.startswith("git+"):
                continue
            line = line.split(" --hash")[0].strip()
            check_requirement_text(line)


# ---------------------------------------------------------------- repositories

class Writer:
    def __init__(self, check, manifest_names):
        self.check = check
        self.files = 0
        self.manifests = []
        self.locks = 0
        self.bytes = 0
        self.manifest_names = manifest_names

    def write(self, path, text, rng=None, oddities=False, kind="manifest"):
        if oddities and rng is not None:
            r = rng.random()
            if r < 0.03:
                text = text.replace("\n", "\r\n")
            elif r < 0.04:
                text = "\ufeff" + text
            elif r < 0.07:
                text = text.rstrip("\n")
        data = text.encode("utf-8")
        if self.check:
            try:
                validate(path, data)
            except Exception as e:  # a generator bug: stop with the file named
                sys.exit(f"bench-forest: generated an invalid {path}: {e}")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        self.files += 1
        self.bytes += len(data)
        if kind == "manifest":
            self.manifests.append(path)
        elif kind == "lock":
            self.locks += 1


def scaffold(w, rng, root, pkg):
    os.makedirs(os.path.join(root, ".git"), exist_ok=True)
    w.write(os.path.join(root, "README.md"), f"# {pkg}\n\nSome project.\n", kind="other")
    w.write(os.path.join(root, "src", pkg.replace("-", "_"), "__init__.py"), '__version__ = "0.1.0"\n', kind="other")
    if rng.random() < 0.5:
        w.write(os.path.join(root, "tests", "test_basic.py"), "def test_ok():\n    assert True\n", kind="other")


def gen_requirements(w, rng, root):
    deps = pick_deps(rng, PY_NAMES_RUNTIME, 3, 25)
    style = rng.random()
    if style < 0.45:
        w.write(os.path.join(root, "requirements.txt"), requirements_txt(rng, deps), rng, True)
        if rng.random() < 0.5:
            dev = pick_deps(rng, PY_NAMES_DEV, 2, 10)
            w.write(os.path.join(root, "requirements-dev.txt"), requirements_txt(rng, dev, ["-r requirements.txt"]), rng, True)
        if rng.random() < 0.35:
            w.write(os.path.join(root, "requirements.lock"), freeze_lock(rng, deps, rng.sample(PY_NAMES, 5)), kind="lock")
    elif style < 0.7:
        # pip-tools: .in input and compiled .txt with hashes
        w.write(os.path.join(root, "requirements.in"), requirements_txt(rng, deps), rng, True)
        w.write(os.path.join(root, "requirements.txt"),
                compiled_requirements(rng, deps, "requirements.in", rng.sample(PY_NAMES, rng.randint(3, 20))), rng, True)
        if rng.random() < 0.4:
            dev = pick_deps(rng, PY_NAMES_DEV, 2, 8)
            w.write(os.path.join(root, "requirements-dev.in"), requirements_txt(rng, dev, ["-c requirements.txt"]), rng, True)
    else:
        # requirements/ folder
        w.write(os.path.join(root, "requirements", "base.txt"), requirements_txt(rng, deps), rng, True)
        dev = pick_deps(rng, PY_NAMES_DEV, 2, 10)
        w.write(os.path.join(root, "requirements", "dev.txt"), requirements_txt(rng, dev, ["-r base.txt"]), rng, True)
        if rng.random() < 0.4:
            docs = pick_deps(rng, PY_NAMES_DOCS, 1, 4)
            w.write(os.path.join(root, "requirements", "docs.txt"), requirements_txt(rng, docs), rng, True)
        if rng.random() < 0.3:
            w.write(os.path.join(root, "constraints.txt"), freeze_lock(rng, deps, []), rng, True)
    return deps


def gen_pyproject(w, rng, root, name):
    deps = pick_deps(rng, PY_NAMES_RUNTIME, 2, 20)
    optional = {}
    for g in rng.sample(["dev", "test", "docs", "redis", "postgres", "all"], rng.randint(0, 3)):
        optional[g] = pick_deps(rng, PY_NAMES_DEV if g in ("dev", "test") else PY_NAMES_RUNTIME, 1, 6)
    groups = {}
    if rng.random() < 0.4:
        for g in rng.sample(["dev", "test", "lint", "docs", "typing"], rng.randint(1, 3)):
            groups[g] = pick_deps(rng, PY_NAMES_DOCS if g == "docs" else PY_NAMES_DEV, 1, 6)
    uv_dev = pick_deps(rng, PY_NAMES_DEV, 1, 5) if rng.random() < 0.1 else None
    w.write(os.path.join(root, "pyproject.toml"), pyproject_pep621(rng, name, deps, optional, groups, uv_dev), rng, True)
    if rng.random() < 0.45:
        alld = deps + [d for ds in optional.values() for d in ds] + [d for ds in groups.values() for d in ds]
        w.write(os.path.join(root, "uv.lock"), uv_lock(rng, name, alld, rng.sample(PY_NAMES, rng.randint(5, 40))), kind="lock")
    return deps


def gen_poetry(w, rng, root, name):
    deps = pick_deps(rng, PY_NAMES_RUNTIME, 3, 25)
    groups = {g: pick_deps(rng, PY_NAMES_DEV, 1, 8) for g in rng.sample(["dev", "test", "lint"], rng.randint(0, 2))}
    w.write(os.path.join(root, "pyproject.toml"), pyproject_poetry(rng, name, deps, groups), rng, True)
    if rng.random() < 0.7:
        alld = deps + [d for ds in groups.values() for d in ds]
        w.write(os.path.join(root, "poetry.lock"), poetry_lock(rng, alld, rng.sample(PY_NAMES, rng.randint(5, 40))), kind="lock")


def gen_setup_cfg(w, rng, root, name):
    deps = pick_deps(rng, PY_NAMES_RUNTIME, 2, 15)
    extras = {g: pick_deps(rng, PY_NAMES_DEV, 1, 5) for g in rng.sample(["testing", "dev", "docs"], rng.randint(0, 2))}
    w.write(os.path.join(root, "setup.cfg"), setup_cfg(rng, name, deps, extras), rng, True)
    if rng.random() < 0.6:
        w.write(os.path.join(root, "pyproject.toml"), build_system(rng), rng, True)
    if rng.random() < 0.2:
        w.write(os.path.join(root, "requirements.lock"), freeze_lock(rng, deps, []), kind="lock")


def gen_pipfile(w, rng, root):
    deps = pick_deps(rng, PY_NAMES_RUNTIME, 2, 20)
    dev = pick_deps(rng, PY_NAMES_DEV, 1, 10)
    w.write(os.path.join(root, "Pipfile"), pipfile(rng, deps, dev), rng, True)
    if rng.random() < 0.6:
        w.write(os.path.join(root, "Pipfile.lock"), pipfile_lock(rng, deps, dev), kind="lock")


def gen_swift(w, rng, root, name):
    picks = []
    for url, latest in rng.sample(SWIFT, rng.randint(1, 8)):
        form = rng.choices(["from", "major", "minor", "exact", "range", "branch", "revision"],
                           [55, 10, 8, 8, 9, 6, 4])[0]
        lower = older(rng, latest)
        lower = ".".join((lower.split(".") + ["0", "0"])[:3])
        picks.append((url, latest, form, lower))
    sname = "".join(p.capitalize() for p in name.split("-"))
    w.write(os.path.join(root, "Package.swift"), package_swift(rng, sname, picks), rng, False)
    if rng.random() < 0.6:
        w.write(os.path.join(root, "Package.resolved"), package_resolved(rng, picks), kind="lock")


# A Python project's usual .gitignore (the common template's patterns, in its order and kinds:
# folders, anchored paths, extensions, sets, negations), of which a repository keeps a share.
GITIGNORE_PYTHON = [
    "# Byte-compiled / optimized / DLL files", "__pycache__/", "*.py[cod]", "*$py.class", "", "# C extensions", "*.so", "",
    "# Distribution / packaging", ".Python", "build/", "develop-eggs/", "dist/", "downloads/", "eggs/", ".eggs/", "lib/",
    "lib64/", "parts/", "sdist/", "var/", "wheels/", "share/python-wheels/", "*.egg-info/", ".installed.cfg", "*.egg",
    "MANIFEST", "", "# PyInstaller", "*.manifest", "*.spec", "", "# Installer logs", "pip-log.txt",
    "pip-delete-this-directory.txt", "", "# Unit test / coverage reports", "htmlcov/", ".tox/", ".nox/", ".coverage",
    ".coverage.*", ".cache", "nosetests.xml", "coverage.xml", "*.cover", "*.py,cover", ".hypothesis/", ".pytest_cache/",
    "cover/", "", "# Translations", "*.mo", "*.pot", "", "# Django stuff:", "*.log", "local_settings.py", "db.sqlite3",
    "db.sqlite3-journal", "", "# Flask stuff:", "instance/", ".webassets-cache", "", "# Sphinx documentation",
    "docs/_build/", "", "# PyBuilder", ".pybuilder/", "target/", "", "# Jupyter Notebook", ".ipynb_checkpoints", "",
    "# IPython", "profile_default/", "ipython_config.py", "", "# pyenv", ".python-version", "", "# Environments", ".env",
    ".venv", "env/", "venv/", "ENV/", "env.bak/", "venv.bak/", "", "# Spyder project settings", ".spyderproject",
    ".spyproject", "", "# mkdocs documentation", "/site", "", "# mypy", ".mypy_cache/", ".dmypy.json", "dmypy.json", "",
    "# Pyre type checker", ".pyre/", "", "# pytype static type analyzer", ".pytype/", "", "# Cython debug symbols",
    "cython_debug/", "", "# ruff", ".ruff_cache/",
]
GITIGNORE_EXTRA = [
    ".idea/", ".vscode/*", "!.vscode/settings.json", "*.swp", "*~", ".DS_Store", "/secrets/**", "**/node_modules",
    "logs/**/*.gz", "tmp[0-9]*/", "!tmp/keep/", "/.build", "/Packages", "xcuserdata/", "*.xcodeproj/**/*.xcuserstate",
]


def gen_ignore_files(w, seed, index, root):
    """Ignore files for about two repositories in three: a root .gitignore (part of the Python
    template, some extra lines), sometimes one in a subfolder, rarely a .ignore. Their own
    generator, so the rest of the repository is the same as without them; nothing generated
    matches them, so a walk with and without --no-ignore reads the same manifests."""
    rng = random.Random(f"{seed}:{index}:ignore")
    if rng.random() >= 0.65:
        return
    keep = rng.uniform(0.4, 1.0)
    lines = [line for line in GITIGNORE_PYTHON if not line or line.startswith("#") or rng.random() < keep]
    lines += rng.sample(GITIGNORE_EXTRA, rng.randint(0, 6))
    w.write(os.path.join(root, ".gitignore"), "\n".join(lines) + "\n", kind="other")
    if rng.random() < 0.2:
        w.write(os.path.join(root, rng.choice(["src", "tests", "docs"]), ".gitignore"),
                "\n".join(rng.sample(["*.tmp", "!keep.tmp", "/generated/", "snapshots/**/*.new", "*.orig"], 3)) + "\n",
                kind="other")
    if rng.random() < 0.05:
        w.write(os.path.join(root, ".ignore"), "/vendor-cache/\n*.min.js\n", kind="other")


def gen_repo(w, seed, index, out):
    root = gen_repo_content(w, seed, index, out)
    gen_ignore_files(w, seed, index, root)


def gen_repo_content(w, seed, index, out):
    rng = random.Random(f"{seed}:{index}")
    name = f"{rng.choice(WORDS)}-{rng.choice(WORDS)}"
    root = os.path.join(out, f"r{index:05d}-{name}")
    scaffold(w, rng, root, name)
    kind = rng.choices(["requirements", "pyproject", "poetry", "setup.cfg", "pipfile", "swift", "monorepo"],
                       [34, 28, 10, 8, 5, 8, 7])[0]
    if kind == "requirements":
        gen_requirements(w, rng, root)
    elif kind == "pyproject":
        gen_pyproject(w, rng, root, name)
        if rng.random() < 0.2:
            w.write(os.path.join(root, "requirements-dev.txt"),
                    requirements_txt(rng, pick_deps(rng, PY_NAMES_DEV, 2, 8), ["-e ."]), rng, True)
    elif kind == "poetry":
        gen_poetry(w, rng, root, name)
    elif kind == "setup.cfg":
        gen_setup_cfg(w, rng, root, name)
    elif kind == "pipfile":
        gen_pipfile(w, rng, root)
    elif kind == "swift":
        gen_swift(w, rng, root, name)
    else:
        for j in range(rng.randint(2, 5)):
            sub = os.path.join(root, "packages", f"{rng.choice(WORDS)}{j}")
            which = rng.choice(["pyproject", "poetry", "requirements", "setup.cfg"])
            if which == "pyproject":
                gen_pyproject(w, rng, sub, f"{name}-{j}")
            elif which == "poetry":
                gen_poetry(w, rng, sub, f"{name}-{j}")
            elif which == "setup.cfg":
                gen_setup_cfg(w, rng, sub, f"{name}-{j}")
            else:
                gen_requirements(w, rng, sub)
        if rng.random() < 0.5:
            w.write(os.path.join(root, "requirements-dev.txt"),
                    requirements_txt(rng, pick_deps(rng, PY_NAMES_DEV, 2, 8)), rng, True)
    return root


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repos", type=int, default=10000)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--validate", action="store_true")
    ap.add_argument("--list", help="write the manifest paths here, NUL-separated")
    ap.add_argument("out")
    args = ap.parse_args()
    if os.path.exists(args.out):
        sys.exit(f"bench-forest: {args.out} already exists")
    os.makedirs(args.out)
    w = Writer(args.validate, None)
    for i in range(args.repos):
        gen_repo(w, args.seed, i, args.out)
    if args.list:
        with open(args.list, "wb") as f:
            for p in w.manifests:
                f.write(p.encode() + b"\0")
    print(f"bench-forest: {args.repos} repositories, {len(w.manifests)} manifests, {w.locks} lock files, "
          f"{w.files} files, {w.bytes / 1e6:.1f} MB (seed {args.seed})")


if __name__ == "__main__":
    main()
