"""The site as a reader gets it: the strict build passes and every page shows real, attributed output."""

from __future__ import annotations

import ast
import html
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sitebuild.chapters import load
from sitebuild.checklist import NOT_ARGUED
from sitebuild.markup import how_to_run
from sitebuild.pages import front_matter_problems, unprocessed_markdown
from sitebuild.plan import fences
from sitebuild.pythons import Pythons
from sitebuild.runs import ROOT
from static_server import setting, site_path

PAGES = sorted((ROOT / "docs").rglob("*.md"))
SOURCES = {page: page.read_text(encoding="utf-8") for page in PAGES}
# each snippet fence, found and its options checked as the build finds them before rendering
FENCES = [(page, fence) for page in PAGES for fence in fences(SOURCES[page])]
CLAIMS = load().claims

REPO_URL = setting("repo_url")
SITE_URL = setting("site_url")


def text_of(page_html: str) -> str:
    """The page as text: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


def built_page(site: Path, page: Path) -> str:
    relative = page.relative_to(ROOT / "docs").with_suffix("")
    target = site / "index.html" if relative.name == "index" else site / relative / "index.html"
    return target.read_text(encoding="utf-8")


def chapter(path: str) -> str:
    """snippets/<chapter>/<name>.py -> <chapter>"""
    return Path(path).parts[1]


def test_one_name_per_chapter_in_docs_snippets_and_tests():
    """docs/<chapter>.md explains the programs in snippets/<chapter>/, tested in tests/<chapter>/."""
    snippet_folders = {f.name for f in (ROOT / "snippets").iterdir() if f.is_dir() and f.name[0] != "."}
    test_folders = {folder.name for folder in (ROOT / "tests").iterdir() if folder.is_dir()}
    assert snippet_folders - {page.stem for page in PAGES} == set(), "a folder with no page"
    assert test_folders - {"machinery", "browser", "__pycache__"} == snippet_folders


def test_a_page_explains_only_programs_of_its_own_folder():
    """Another chapter's program may run again on a page (the free-threading page reruns three on
    the other build), output only: its source is explained on its own page."""
    shown = [(page, fence.path, fence.options.source) for page, fence in FENCES]
    shown += [(page, fence.options.plot, "") for page, fence in FENCES if fence.options.plot]
    strays = [f"{page.name}: {path}" for page, path, source in shown if chapter(path) != page.stem and source]
    assert strays == []


def test_every_program_is_explained_on_its_own_page():
    """Every file in snippets/<chapter>/ is shown with its source (or draws a chart) on that page."""
    explained = {
        (page.stem, fence.path) for page, fence in FENCES if fence.options.source or fence.options.chart
    }
    explained |= {(page.stem, fence.options.plot) for page, fence in FENCES if fence.options.plot}
    programs = [path.relative_to(ROOT).as_posix() for path in (ROOT / "snippets").glob("*/*.py")]
    assert [path for path in programs if (chapter(path), path) not in explained] == []


def test_no_chapter_folder_shadows_a_standard_library_module():
    """snippets/threading/ and tests/asyncio/ are folders, never packages: Python imports a folder
    without __init__.py only when no module of that name exists, so `import threading` still finds
    the standard library's, even with those folders' parents first on sys.path."""
    assert list((ROOT / "snippets").rglob("__init__.py")) + list((ROOT / "tests").rglob("__init__.py")) == []
    names = sorted(
        folder.name
        for parent in ("snippets", "tests")
        for folder in (ROOT / parent).iterdir()
        if folder.name in sys.stdlib_module_names
    )
    assert names, "no folder named like a module: this test checks nothing"
    probe = f"import sys; sys.path[:0] = {[str(ROOT / 'snippets'), str(ROOT / 'tests')]!r}; " + "".join(
        f"import {name}; assert {name}.__file__, {name!r}; " for name in names
    )
    subprocess.run([sys.executable, "-c", probe], check=True, cwd=ROOT / "snippets")


def test_every_program_has_a_main_that_takes_what_the_command_line_gives():
    """A program runs main() behind the __main__ guard; a main() with parameters gets them from
    sys.argv (readers pass bigger sizes as arguments), and one without takes no arguments."""
    wrong = []
    for path in (ROOT / "snippets").glob("*/*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guard = [
            node for node in tree.body if isinstance(node, ast.If) and "__main__" in ast.unparse(node.test)
        ]
        if not guard:
            continue
        mains = [
            n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == "main"
        ]
        takes = bool(mains) and bool(mains[0].args.args or mains[0].args.vararg)
        gives = "sys.argv" in ast.unparse(guard[0])
        if not mains or "main(" not in ast.unparse(guard[0]) or takes != gives:
            wrong.append(path.relative_to(ROOT).as_posix())
    assert wrong == []


def test_every_snippet_line_fits_80_columns():
    """What a code block shows without scrolling. Ruff's E501 lets a line of one long token pass."""
    wide = [
        f"{path.relative_to(ROOT).as_posix()}:{number}"
        for path in (ROOT / "snippets").glob("*/*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > 80
    ]
    assert wide == []


def test_a_helper_that_two_chapters_need_is_the_same_text_in_both():
    """A program runs from its own folder, so chapters cannot import each other's helpers: where two
    chapters define a function with the same name and parameters, the two must not drift apart.
    (Programs of one chapter share helpers by importing them, and may each define a function of
    the same name on purpose, such as the `trial()` a table program calls in each.)"""
    definitions: dict[str, dict[str, tuple[str, str]]] = {}  # key -> chapter -> (path, text)
    for path in sorted((ROOT / "snippets").glob("*/*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and node.name != "main":
                key = f"{node.name}({', '.join(a.arg for a in node.args.args)})"
                where = (path.relative_to(ROOT).as_posix(), ast.get_source_segment(source, node))
                definitions.setdefault(key, {}).setdefault(path.parent.name, where)
    drifted = [
        f"{key}: {first[0]} and {other[0]}"
        for key, by_chapter in definitions.items()
        for first, other in zip(list(by_chapter.values()), list(by_chapter.values())[1:])
        if first[1] != other[1]
    ]
    assert drifted == []


def test_every_helper_module_is_imported_by_a_program_beside_it():
    for helper in (ROOT / "snippets").rglob("*.py"):
        if 'if __name__ == "__main__":' not in helper.read_text(encoding="utf-8"):
            neighbours = "".join(p.read_text(encoding="utf-8") for p in helper.parent.glob("*.py"))
            assert f"from {helper.stem} import" in neighbours, helper


def test_every_claim_is_about_a_command_a_page_shows():
    shown = {(fence.path, fence.options.args) for _, fence in FENCES}
    assert [str(claim) for claim in CLAIMS if (claim.snippet, claim.args) not in shown] == []


def test_every_fence_on_the_pages_has_valid_options():
    assert [f"{page.name}: {fence.path}: {fence.error}" for page, fence in FENCES if fence.error] == []


def test_every_output_has_claims_or_says_the_page_does_not_argue_from_it():
    """An output with no claim about it is one the prose does not argue from, and its fence says so
    (claims="none"); the build refuses either mismatch too (hooks/sitebuild/fence.py)."""
    claimed = {(claim.snippet, claim.args) for claim in CLAIMS}
    wrong = [
        f"{page.name}: {fence.path} {' '.join(fence.options.args)}"
        for page, fence in FENCES
        if fence.options.execute and fence.options.argued != ((fence.path, fence.options.args) in claimed)
    ]
    assert wrong == []


def nav_pages(entries) -> list[str]:
    """mkdocs.yml's nav, flattened into its pages in order."""
    pages = []
    for entry in entries:
        for value in entry.values() if isinstance(entry, dict) else [entry]:
            pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def test_the_home_pages_chapter_list_follows_the_nav():
    nav = nav_pages(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])
    listed = re.findall(r"^\d+\. \[[^]]+\]\(([^)]+)\)", SOURCES[ROOT / "docs" / "index.md"], re.MULTILINE)
    assert listed == [page for page in nav if page not in ("index.md", "contributing.md")]


def test_every_snippet_block_names_an_existing_file():
    missing = [f"{page.name}: {fence.path}" for page, fence in FENCES if not (ROOT / fence.path).is_file()]
    assert missing == []


@pytest.mark.build
def test_every_output_block_shows_its_command_provenance_and_checks(site):
    """Each output says what produced it (a program that needs a newer Python than any here says
    what it needs instead), and lists what the build checked on it or says it argues nothing."""
    pythons = Pythons()
    for page, fence in FENCES:
        options, path = fence.options, fence.path
        if not options.execute:
            continue
        text = text_of(built_page(site, page))
        command = "$ " + shlex.join(["python", path, *options.args])
        for build, python in pythons.tab_pythons(options.builds, options.needs):
            if python is None:
                assert how_to_run(path, build, options.needs).replace("`", "") in text, f"{page.name}: {path}"
                continue
            assert command in text, f"{page.name}: no output for {command}"
            assert f"Output · {pythons.describe(python).provenance}" in text, f"{page.name}: {command}"
        checks = "Checked on this output" if options.argued else NOT_ARGUED
        assert checks in text, f"{page.name}: {command} does not say what was checked on it"


PREDICT = re.compile(r'^!!! question "Predict first"\n(?:    .*\n|\n)*?\?\?\? success ', re.MULTILINE)


@pytest.mark.build
def test_every_prediction_is_answered_by_this_builds_output_collapsed(site):
    """A "Predict first" question is followed by a collapsed block (no JavaScript: <details>)
    holding the build's own output, which therefore cannot go stale."""
    asked = [page for page in PAGES if 'question "Predict first"' in SOURCES[page]]
    assert len(asked) >= 3
    for page in asked:
        assert SOURCES[page].count('question "Predict first"') == len(PREDICT.findall(SOURCES[page])), page
        answers = re.findall(r'<details class="success">(.*?)</details>', built_page(site, page), re.DOTALL)
        assert len(answers) == len(PREDICT.findall(SOURCES[page])), page.name
        assert all("Output · CPython" in text_of(answer) for answer in answers), page.name


@pytest.mark.build
def test_no_page_shows_a_traceback_or_an_error(site):
    for page in PAGES:
        text = text_of(built_page(site, page))
        assert "Traceback" not in text, page.name
        assert "failed to run" not in text, page.name


@pytest.mark.build
def test_the_home_page_shows_the_real_output_of_its_snippet(site, run):
    # this_interpreter.py prints no timings, so a fresh run prints exactly what the build showed.
    output = run("snippets/index/this_interpreter.py").text
    assert output.strip() in text_of(built_page(site, ROOT / "docs" / "index.md"))


@pytest.mark.build
def test_nothing_is_loaded_from_another_host(site):
    # Scripts, stylesheets, fonts, icons and images; a canonical <link> names this site, it loads nothing.
    for built in site.rglob("*.html"):
        tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", built.read_text(encoding="utf-8"))
        external = [t for t in tags if re.search(r'(?:src|href)="(?:https?:)?//', t) and "canonical" not in t]
        assert external == [], built


@pytest.mark.build
def test_no_script_runs_before_the_content(site):
    # A script in <body> before the article makes the browser draw the header alone first and the
    # content a frame later, after the page's heaviest work (see overrides/main.html).
    for built in site.rglob("*/index.html"):
        page = built.read_text(encoding="utf-8")
        assert "<script" not in page[page.index("<body") : page.index("<article")], built


@pytest.mark.build
def test_edit_and_source_links_point_at_files_of_this_repository(site):
    """Each page's "edit" and "view source" buttons open its Markdown file, and the link under each
    snippet opens that snippet, on GitHub: a renamed file or a changed edit_uri breaks them."""
    links = []
    for page in PAGES:
        built = built_page(site, page)
        markdown = page.relative_to(ROOT).as_posix()
        buttons = re.findall(r'<a href="([^"]+)"[^>]*class="md-content__button', built)
        assert buttons == [f"{REPO_URL}/edit/main/{markdown}", f"{REPO_URL}/raw/main/{markdown}"], page.name
        links += re.findall(r'<a class="snippet-link" href="([^"]+)"', built)
    # Each snippet block whose source a page shows links to the file (such files exist: see above).
    shown = {fence.path for _, fence in FENCES if fence.options.source}
    assert set(links) == {f"{REPO_URL}/blob/main/{path}" for path in shown}


@pytest.mark.build
def test_every_page_describes_itself_for_search_engines(site):
    descriptions = {}
    for page in PAGES:
        found = re.findall(r'<meta name="description" content="([^"]*)"', built_page(site, page))
        assert len(found) == 1 and len(found[0]) > 50, page.name
        descriptions[page.name] = found[0]
    assert len(set(descriptions.values())) == len(descriptions), "two pages share a description"


@pytest.mark.build
def test_the_404_page_and_the_icon_lead_to_files_that_exist(site):
    """404.html is served at any missing address, so its links are absolute: each names a built page."""
    not_found = (site / "404.html").read_text(encoding="utf-8")
    links = re.findall(
        r'<a href="([^"]+)">', not_found[not_found.index("Page not found") : not_found.index("</article>")]
    )
    assert links and all(link.startswith(SITE_URL) for link in links), links
    for link in links:
        assert (site / link.removeprefix(SITE_URL) / "index.html").is_file(), link
    base = site_path()  # "/concurrency-in-python/"
    icon = re.search(r'<link rel="icon" href="([^"]+)"', not_found)[1]
    assert icon.startswith(base) and (site / icon.removeprefix(base)).is_file(), icon


@pytest.mark.build
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_no_markdown_syntax_reaches_a_page_as_text(site, page):
    assert unprocessed_markdown(built_page(site, page)) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_front_matter_parses_and_gives_a_description(page):
    assert front_matter_problems(page.read_text(encoding="utf-8")) == []


@pytest.mark.build
def test_the_history_page_shows_the_overviews_programs_exactly_as_printed(site):
    shown = text_of(built_page(site, ROOT / "docs" / "history.md"))
    for program in sorted((ROOT / "history" / "seed").glob("*.py")):
        # Python-Markdown expands tabs (the overview indents with them) to 4 spaces; nothing else changes.
        assert program.read_text(encoding="utf-8").expandtabs(4).strip() in shown, program.name
