from setuptools import setup

VERSION = "2.0"
setup(
    install_requires=[
        f"requests>={VERSION}",
        "click" ">=7.0",
        "rich>=10.0",
        get_dep(),
    ],
)
