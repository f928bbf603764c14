"""Where the activities of a follow-up stand at a date, as a pandas DataFrame: how many in each
status, which are overdue, and the time texts that could not be read.

    python examples/python/follow_up.py examples/boras/uppfoljning-2018.json 2018-12-31
"""

from __future__ import annotations

import sys

import overenskommelse as ovk


def main(path: str, as_of: str) -> None:
    document = ovk.load(path)
    activities = document.frame("activities", as_of=as_of, lang="sv")
    print(activities.groupby("status_label").size().to_string())
    overdue = activities[activities["overdue"]]
    print(f"\n{len(overdue)} försenade:")
    for row in overdue.itertuples():
        print(f"  {row.plan} {row.code}: {row.title} ({row.time_text})")
    unreadable = activities[activities["window_origin"] == "unreadable"]
    print(f"\n{len(unreadable)} tider som inte gick att läsa: {sorted(set(unreadable['time_text']))}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "2018-12-31")
