from setuptools import setup

setup(
    extras_require={
        "security": ["pyOpenSSL>=0.14", "cryptography>=1.3.4"],
        'socks': ('PySocks>=1.5.6, !=1.5.7',),
        "watch": "watchdog>=2.1",
    },
)
