from setuptools import setup

setup(name="demo", install_requires=["requests>=2.0,<3", "click>=7.0,<8"])
