def setup(install_requires=["requests>=2.0"]):
    pass


setup(install_requires=["click>=7.0,<8"])
