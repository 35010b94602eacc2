import setuptools
from distutils.core import setup as distutils_setup

if USE_SETUPTOOLS:
    setuptools.setup(install_requires=["requests>=2.0,<3"])
else:
    from distutils.core import setup
    setup(install_requires=["click>=7.0,<8"])
