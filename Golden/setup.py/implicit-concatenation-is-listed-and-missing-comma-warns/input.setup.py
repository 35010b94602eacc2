from setuptools import setup

setup(
    name="x",
    install_requires=[
        "requests" ">=2.0",
        "psutil>=5.8" "scipy>=1.3",
        "six" ">=1.0,<2",
        "click>=7.0",
    ],
)
