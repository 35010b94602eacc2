from setuptools import setup

with open("requirements.txt") as f:
    requirements = f.read().splitlines()

setup(
    install_requires=open("requirements.txt").read().splitlines(),
    tests_require=requirements,
    setup_requires=["wheel>=0.37"],
)
