from setuptools import setup

setup(
    name="x",
    python_requires=">=3.8",
    install_requires=["python>=3.8", "requests>=2.0"],
)
