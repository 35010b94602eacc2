from setuptools import setup

BASE = ["requests>=2.0,<3"]
BASE.append("click>=7.0,<9")
BASE.extend(["rich>=10.0,<14"])
TESTS = ["pytest>=7.0,<8"]
TESTS += ["mock>=4.0,<6"]
EXTRAS = {"dev": ["black>=22.1,<24"]}
EXTRAS["docs"] = ["sphinx>=5.0,<8"]
EXTRAS.update({"lint": ["ruff>=0.1,<0.2"]})
DEV = [*TESTS, "tox>=4.0,<5"]

setup(
    name="x",
    install_requires=BASE + ["attrs>=21.0,<24"],
    tests_require=TESTS,
    extras_require={**EXTRAS, "test": DEV, "yaml": "pyyaml>=6.0,<7"},
)
