"""The GitHub workflows: pinned actions, least permissions, and the checks README promises."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PULL_REQUEST = WORKFLOWS / "pull-request.yml"
PUBLISH = WORKFLOWS / "publish.yml"
# owner/repo@<40 hex> # vX.Y.Z: a commit cannot be moved the way a tag can.
PINNED_USES = re.compile(
    r"^\s*(?:-\s+)?uses:\s+(?P<action>[\w.-]+/[\w.-]+)@(?P<sha>[0-9a-f]{40})"
    r"\s+#\s+(?P<version>v\d+\.\d+\.\d+)\s*$"
)


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as the boolean true.
    return workflow.get("on", workflow.get(True))


def steps(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    return workflow["jobs"][job]["steps"]


def step_using(workflow: dict[str, Any], job: str, action: str) -> dict[str, Any]:
    matches = [s for s in steps(workflow, job) if s.get("uses", "").startswith(action + "@")]
    assert len(matches) == 1, f"{job} should use {action} once"
    return matches[0]


def run_lines(workflow: dict[str, Any], job: str) -> list[str]:
    return [line.strip() for s in steps(workflow, job) for line in s.get("run", "").splitlines()]


def all_workflows() -> list[Path]:
    return sorted(WORKFLOWS.glob("*.yml"))


def test_both_workflows_exist():
    assert [path.name for path in all_workflows()] == ["publish.yml", "pull-request.yml"]


@pytest.mark.parametrize("path", all_workflows(), ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path):
    uses_lines = [line for line in path.read_text().splitlines() if "uses:" in line]
    assert uses_lines, "a workflow with no actions is not what this test expects"
    unpinned = [line.strip() for line in uses_lines if not PINNED_USES.match(line)]
    assert unpinned == []


def test_one_action_has_one_pin_across_workflows():
    pins: dict[str, set[str]] = {}
    for path in all_workflows():
        for line in path.read_text().splitlines():
            match = PINNED_USES.match(line)
            if match:
                pin = f"{match['sha']} {match['version']}"
                pins.setdefault(match["action"], set()).add(pin)
    assert {action: len(shas) for action, shas in pins.items()} == dict.fromkeys(pins, 1)


@pytest.mark.parametrize("path", all_workflows(), ids=lambda path: path.name)
def test_top_level_permissions_are_read_only(path):
    assert load(path)["permissions"] == {"contents": "read"}


@pytest.mark.parametrize("path", all_workflows(), ids=lambda path: path.name)
def test_checkout_does_not_keep_the_token(path):
    workflow = load(path)
    for job in workflow["jobs"]:
        for step in steps(workflow, job):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("path", all_workflows(), ids=lambda path: path.name)
def test_python_is_3_11(path):
    workflow = load(path)
    for job in workflow["jobs"]:
        for step in steps(workflow, job):
            if step.get("uses", "").startswith("actions/setup-python@"):
                assert step["with"]["python-version"] == "3.11"


# Pull requests ---------------------------------------------------------------------------


def test_pull_request_workflow_runs_on_pull_requests_only():
    # pull_request_target would run untrusted code with the repository's secrets.
    assert set(triggers(load(PULL_REQUEST))) == {"pull_request"}


def test_pull_request_jobs_ask_for_no_extra_permissions():
    workflow = load(PULL_REQUEST)
    assert all("permissions" not in job for job in workflow["jobs"].values())


def test_pull_request_runs_tests_check_and_strict_build_in_order():
    lines = run_lines(load(PULL_REQUEST), "check")
    commands = ["make test", ".venv/bin/python -m generator check --strict", "make build"]
    positions = [lines.index(command) for command in commands]
    assert positions == sorted(positions)


def test_make_build_is_the_strict_generator_build():
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\nbuild:", 1)[1].split("\n\n", 1)[0]
    assert "-m generator build --strict" in recipe


def test_pull_request_uploads_the_built_site():
    upload = step_using(load(PULL_REQUEST), "check", "actions/upload-artifact")
    assert upload["with"]["path"] == "site/"
    assert upload["with"]["if-no-files-found"] == "error"


def test_pull_request_writes_the_extraction_summary_for_new_articles():
    workflow = load(PULL_REQUEST)
    summary = next(s for s in steps(workflow, "check") if "extract" in s.get("run", ""))
    assert '-m generator extract --summary "$GITHUB_STEP_SUMMARY"' in summary["run"]
    assert "--diff-filter=A HEAD^1 HEAD -- seeds/articles" in summary["run"]
    checkout = step_using(workflow, "check", "actions/checkout")
    assert checkout["with"]["fetch-depth"] == 2  # HEAD^1 must be there to diff against
    assert steps(workflow, "check")[-1] is summary  # it writes into seeds/, so it runs last


def test_chromium_is_installed_only_for_browser_tests():
    lines = run_lines(load(PULL_REQUEST), "check")
    search = next(line for line in lines if line.startswith("browser_tests="))
    assert search.endswith("--exclude=test_workflows.py \\")
    assert '"pytest.mark.browser" tests || true)' in lines
    assert 'if [ -n "$browser_tests" ] && ! command -v chromium >/dev/null; then' in lines


# Publishing ------------------------------------------------------------------------------


def test_publish_runs_on_main_and_by_hand():
    assert triggers(load(PUBLISH)) == {"push": {"branches": ["main"]}, "workflow_dispatch": None}


def test_publish_never_cancels_a_deployment_halfway():
    assert load(PUBLISH)["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_only_the_deploy_job_may_write_to_pages():
    jobs = load(PUBLISH)["jobs"]
    assert "permissions" not in jobs["build"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_publish_builds_strictly_and_uploads_the_site_for_pages():
    workflow = load(PUBLISH)
    assert "make build" in run_lines(workflow, "build")
    step_using(workflow, "build", "actions/configure-pages")
    upload = step_using(workflow, "build", "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site/"


def test_deploy_job_deploys_the_build_to_the_pages_environment():
    workflow = load(PUBLISH)
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"] == {
        "name": "github-pages",
        "url": "${{ steps.deployment.outputs.page_url }}",
    }
    assert step_using(workflow, "deploy", "actions/deploy-pages")["id"] == "deployment"


# Contributing ----------------------------------------------------------------------------


def test_pull_request_template_has_the_review_checklist():
    template = (ROOT / ".github" / "pull_request_template.md").read_text()
    for item in (
        "- [ ] Article added with `python -m generator add ",
        "- [ ] Proposed records reviewed",
        "- [ ] `make test` passes",
        "- [ ] Sources cited",
    ):
        assert item in template


def test_contributing_links_lead_to_existing_files():
    contributing = ROOT / "CONTRIBUTING.md"
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", contributing.read_text())
    local = [link for link in links if "://" not in link]
    assert "docs/curating.md" in local
    assert "docs/contributing-articles.md" in local
    missing = [link for link in local if not (ROOT / link).exists()]
    assert missing == []


def test_dependabot_keeps_the_action_pins_current():
    config = load(ROOT / ".github" / "dependabot.yml")
    ecosystems = [update["package-ecosystem"] for update in config["updates"]]
    assert ecosystems == ["github-actions"]
