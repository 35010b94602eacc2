from setuptools import setup

extras = dict(
    dev=["pytest>=7.0", "black>=22.1"],  # formatters
    docs=("sphinx>=5",),
)

setup_args = {
    "name": "example",
    "install_requires": ["requests>=2.28", 'click>=8.0,<9'],
}

setup(extras_require=extras, **setup_args)
