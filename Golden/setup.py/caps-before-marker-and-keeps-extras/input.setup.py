from setuptools import setup

setup(install_requires=['uvicorn[standard]>=0.15; python_version>="3.7"', "Foo_Bar.baz >= 1.2"])
