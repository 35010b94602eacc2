from setuptools import setup

install_requires = [
    "chardet>=3.0.2",
    "idna>=2.5",
]
REQUIRES = ("certifi>=2017.4.17",)
DEV = ["pytest>=7.0"]
EXTRAS = {"dev": DEV}

setup(install_requires=install_requires, setup_requires=REQUIRES, extras_require=EXTRAS)
