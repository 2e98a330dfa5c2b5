"""Every module imports as a module, and no public function hides one."""

import importlib
import subprocess
import sys
import types


def test_renderer_modules_import_as_modules_and_leave_the_functions_alone() -> None:
    code = (
        "import rejectlet, rejectlet.renderers.pdf as pdf, rejectlet.composer as c, "
        "rejectlet.validation as v, types\n"
        "assert isinstance(pdf, types.ModuleType), pdf\n"
        "assert isinstance(c, types.ModuleType) and isinstance(v, types.ModuleType)\n"
        "assert callable(rejectlet.render) and not isinstance(rejectlet.render, types.ModuleType)\n"
        "assert rejectlet.compose is c.compose and rejectlet.validate is v.validate\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_public_name_shares_its_module_name() -> None:
    import rejectlet

    for name in rejectlet.__all__:
        try:
            module = importlib.import_module(f"rejectlet.{name}")
        except ModuleNotFoundError:
            continue
        assert not isinstance(getattr(rejectlet, name), types.ModuleType), name
        raise AssertionError(f"rejectlet.{name} is both a public name and module {module}")
