from setuptools import setup

setup(
    install_requires=[
        "requests>=2.0,<3",
        "click>=7.0,<8",
    ],
)
