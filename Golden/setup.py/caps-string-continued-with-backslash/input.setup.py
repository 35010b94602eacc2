from setuptools import setup

setup(install_requires=["click\
>=7.0", 'rich >= 10.0 ; python_version >= "3.7"'])
