"""One build of the site: the commands its pages show, run before the pages render, their verdicts.

The hook creates a :class:`Build` in ``on_config`` and hands it to the fence. ``start`` finds every
fence (:mod:`sitebuild.plan`) and runs the programs that need the CPUs alone, one at a time, then
starts the ones that mostly wait side by side while MkDocs renders the pages. The fence asks
``verdict`` for each output it shows: the runs are done, or on their way (:mod:`sitebuild.cache`),
and checked against the pages' claims (:mod:`sitebuild.verdicts`). ``end`` writes
``build-record.json`` into the site: each command, the interpreter, how many runs it took, its
output and each claim's values and result, which the tests read instead of running the commands
again (``tests/conftest.py``).
"""

from __future__ import annotations

import json
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sitebuild import chapters, charts, host, plan
from sitebuild.cache import RunCache
from sitebuild.claims import about
from sitebuild.plan import Command
from sitebuild.pythons import Pythons
from sitebuild.runs import check, outputs
from sitebuild.verdicts import Verdict, verify

RECORD = "build-record.json"
log = logging.getLogger(f"mkdocs.hooks.{plan.NAME}")


class Build:
    """What one build runs, in which order, and what each command showed."""

    def __init__(self, root: Path, repo_url: str = "", cache: RunCache | None = None) -> None:
        self.root, self.repo_url = root, repo_url.rstrip("/")
        self.cache = RunCache() if cache is None else cache
        self.chapters = chapters.load(root)
        self.pythons = Pythons()
        self.page = ""  # the page being rendered, to name it in messages
        self._planned: set[Command] = set()
        self._shown: dict[Command, Verdict] = {}
        self._side_by_side: ThreadPoolExecutor | None = None
        self._warmed_up: Future | None = None
        self._started = host.snapshot()

    def start(self, pages: list[str]) -> None:
        """Run what the pages will show before they ask (:func:`sitebuild.plan.schedule`)."""
        self.finish()
        self.cache.new_build()
        commands = plan.commands(pages, self.pythons)
        self._planned = set(commands)
        alone, side_by_side = plan.schedule(commands, self.chapters.mostly_waiting)
        for command in alone:
            self._quietly(command)
        self._side_by_side = ThreadPoolExecutor(plan.SIDE_BY_SIDE, thread_name_prefix="snippet")
        self._warmed_up = charts.warm_up(self._side_by_side)
        for command in side_by_side:
            self._side_by_side.submit(self._quietly, command)

    def finish(self) -> None:
        """Wait for the runs started in the background (a build ends, or a run needs the CPUs)."""
        if self._side_by_side is not None:
            self._side_by_side.shutdown(wait=True)
            self._side_by_side = None

    def verdict(self, command: Command) -> Verdict:
        """The output of `command` that agrees with the pages' claims about it, or the verdict
        against it; a command the plan did not find runs now, alone, saying so."""
        if command not in self._planned:
            log.warning(
                "%s: %s was not found before the pages were rendered (write the fence as in "
                "hooks/sitebuild/plan.py): it runs now, alone, after the programs that mostly wait",
                self.page,
                command,
            )
            self.finish()
        verdict = self._verdict(command)
        if verdict.holds and verdict.runs > 1:
            retried = "; ".join(verdict.retried)
            log.info("%s: %s agreed with its claims on run %d; set aside: %s", self.page, command,
                     verdict.runs, retried)  # fmt: skip
        self._shown[command] = verdict
        return verdict

    def plot(self, path: str, data: str) -> str:
        """The SVG the plotting program `path` prints for `data` (after matplotlib's warm-up)."""
        if self._warmed_up is not None:
            self._warmed_up.result()  # raises what went wrong there, on the page that shows a chart
        plot = lambda: charts.run_plot(path, data, root=self.root)  # noqa: E731
        plotted = self.cache.get(("plot", path), self.root / path, data, plot)
        check(plotted, path)
        return plotted.stdout

    def end(self, site_dir: Path | None = None) -> None:
        """Wait for every run, write the record into `site_dir`, and say if the host took CPUs."""
        self.finish()
        if site_dir is not None:
            record = json.dumps(self.record(), indent=1, ensure_ascii=False)
            (site_dir / RECORD).write_text(record + "\n", encoding="utf-8")
        taken = host.between(self._started, host.snapshot(), session=0)
        if taken is not None and taken.to_host >= 0.1:
            log.info(
                "the machine's host took %.2f of %d CPUs during this build (stolen time): the build, "
                "and the timings it shows, ran slower than on an idle machine",
                taken.to_host,
                taken.cpus,
            )

    def record(self) -> list[dict]:
        """Each command shown: its interpreter, runs, output, and each claim's values and result."""
        return [
            {
                "command": str(command),
                "python": command.python,
                "path": command.path,
                "args": list(command.args),
                "interpreter": self.pythons.describe(command.python).provenance,
                "runs": verdict.runs,
                "excused": verdict.excused,
                "output": verdict.output.text,
                "claims": [
                    {"says": f.claim.says, "holds": f.holds, "notes": list(f.notes)} for f in verdict.findings
                ],
            }
            for command, verdict in self._shown.items()
        ]

    def _quietly(self, command: Command) -> None:
        """A run ahead of its page: a failure is reported by the fence that shows it, naming the page."""
        try:
            self._verdict(command)
        except Exception:  # noqa: BLE001, S110 (kept in the cache: the fence raises it again)
            pass

    def _verdict(self, command: Command) -> Verdict:
        def run() -> Verdict:  # only on a cache miss: the claims are looked up then
            interpreter = self.pythons.describe(command.python)
            claims = about(self.chapters.claims, command.path, command.args, interpreter)
            runs = outputs(command.path, command.args, python=command.python, timeout=command.timeout,
                           root=self.root, returncode=command.returncode)  # fmt: skip
            return verify(str(command), claims, runs)

        key = (command.python, command.path, command.args, command.returncode)
        return self.cache.get(key, self.root / command.path, "", run)
