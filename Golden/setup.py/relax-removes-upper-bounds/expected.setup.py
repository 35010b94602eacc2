from setuptools import setup

setup(
    name="demo",
    python_requires=">=3.8,<4",
    install_requires=[
        "flask>=1.1",
        'click>=1.4',
        "itsdangerous==1.1.0",
        "markupsafe",
    ],
    extras_require={"test": ["pytest>=7"]},
)
