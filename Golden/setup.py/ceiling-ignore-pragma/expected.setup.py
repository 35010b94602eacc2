from setuptools import setup

setup(
    install_requires=[
        "flask>=1.0",  # ceiling: ignore
        "click>=7.0",  # pyup: ignore
        "rich>=10.0,<11",
    ],
)
