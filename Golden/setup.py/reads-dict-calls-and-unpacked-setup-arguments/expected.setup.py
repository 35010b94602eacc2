from setuptools import setup

extras = dict(
    dev=["pytest>=7.0,<8", "black>=22.1,<23"],  # formatters
    docs=("sphinx>=5,<6",),
)

setup_args = {
    "name": "example",
    "install_requires": ["requests>=2.28,<3", 'click>=8.0,<9'],
}

setup(extras_require=extras, **setup_args)
