from setuptools import setup

BASE = ["requests>=2.0"]
BASE.append("click>=7.0")
BASE.extend(["rich>=10.0"])
TESTS = ["pytest>=7.0"]
TESTS += ["mock>=4.0"]
EXTRAS = {"dev": ["black>=22.1"]}
EXTRAS["docs"] = ["sphinx>=5.0"]
EXTRAS.update({"lint": ["ruff>=0.1"]})
DEV = [*TESTS, "tox>=4.0"]

setup(
    name="x",
    install_requires=BASE + ["attrs>=21.0"],
    tests_require=TESTS,
    extras_require={**EXTRAS, "test": DEV, "yaml": "pyyaml>=6.0"},
)
