"""asyncio's debug mode reports a forgotten await and a call that blocks."""

import asyncio
import logging
import os
import re
import sys
import sysconfig
import textwrap
import time


async def save(data: str) -> None:
    await asyncio.sleep(0.01)


async def handler() -> None:
    save("report")  # the bug: no await, so save() never runs
    time.sleep(0.15)  # the other bug: blocks the event loop


class Brief(logging.Formatter):
    """Reports as printed, with paths shortened and stdlib frames left out."""

    stdlib = re.escape(sysconfig.get_paths()["stdlib"])
    frame = re.compile(rf'  File "{stdlib}.*\n.*\n')

    def format(self, record: logging.LogRecord) -> str:
        text = self.frame.sub("", super().format(record))
        text = re.sub(self.stdlib, "<stdlib>", text)
        text = text.replace(os.getcwd() + os.sep, "").rstrip()
        return "\n".join(
            textwrap.fill(line, 78, subsequent_indent="    ")  # fit the page
            for line in text.splitlines()
        )


def main() -> None:
    to_stdout = logging.StreamHandler(sys.stdout)  # shown on the page
    to_stdout.setFormatter(Brief("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(handlers=[to_stdout])
    logging.captureWarnings(True)  # warnings become log records too
    print("without debug mode:")
    asyncio.run(handler())
    print("with debug=True:")
    asyncio.run(handler(), debug=True)


if __name__ == "__main__":
    main()
