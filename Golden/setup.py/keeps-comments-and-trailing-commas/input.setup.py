from setuptools import setup

setup(
    # runtime
    install_requires=[
        "requests>=2.0",  # HTTP
        # "old>=1.0",
        "click>=7.0",  # CLI
    ],  # end
)
