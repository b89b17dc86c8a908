"""Fresh profiles for tests, copied from one made by the real `profile.init` per identity.

Creating a profile runs every migration (about two hundred statements under SQLCipher) and
was a third of the suite's time; a copy of a profile made the same way, opened with its
passphrase, is the same profile. The first profile of an identity in a test is a copy; a
second one in the same test is made for real, so two devices never share a key pair there.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from liaison_app import keyfile, profile
from liaison_app.store import Store

# The floor the profile accepts: tests exercise the real Argon2id, only cheaper.
CHEAP_KDF = keyfile.KdfCost(memory_mib=8, iterations=1)

_Identity = tuple[str, str, str, str]  # passphrase, officer, device, role
_templates: dict[_Identity, Path] = {}
_used_in_this_test: set[_Identity] = set()
_root: Path | None = None


def new_test() -> None:
    """Forget which identities the previous test used (called before every test)."""
    _used_in_this_test.clear()


def fresh_store(
    directory: Path, *, passphrase: str, officer_name: str, device_name: str, role: str = "field"
) -> Store:
    """An open, empty profile in `directory`, as `profile.init` at the cheap KDF makes it."""
    identity = (passphrase, officer_name, device_name, role)
    if identity in _used_in_this_test:
        return _init(directory, identity)
    _used_in_this_test.add(identity)
    template = _templates.get(identity)
    if template is None:
        template = _templates[identity] = _template_root() / str(len(_templates))
        _init(template, identity).close()
    shutil.copytree(template, directory, dirs_exist_ok=True)
    return profile.unlock(directory, passphrase)


def _init(directory: Path, identity: _Identity) -> Store:
    passphrase, officer_name, device_name, role = identity
    created = profile.init(
        directory,
        passphrase=passphrase,
        officer_name=officer_name,
        device_name=device_name,
        role=role,
        cost=CHEAP_KDF,
    )
    return created.store


def _template_root() -> Path:
    global _root
    if _root is None:
        _root = Path(tempfile.mkdtemp(prefix="liaison-test-profiles-"))
        atexit.register(shutil.rmtree, _root, ignore_errors=True)
    return _root
