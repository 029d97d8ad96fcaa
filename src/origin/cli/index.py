"""``origin index status|reshard|retrain``: the frame index's shards, the keypoint index's cells
and the audio store, thin over ``origin.jobs.maintain``."""
from __future__ import annotations

import sys

import click

from origin.cli import JSON_FLAG, echo_json, main, reads_workspace


@main.group("index")
def index_group() -> None:
    """Inspect and reshape the index (the frame index's shards, the keypoint index's cells)."""


@index_group.command("status")
@JSON_FLAG
@click.pass_obj
@reads_workspace
def status(ctx, as_json) -> None:
    """Shards, originals, codes, bytes per code and state, and the keypoint and audio stores;
    exit 1 when something needs repair."""
    report = ctx.workspace.index_status()
    if as_json:
        echo_json(report.to_json())
    else:
        data = report.to_json()
        per_code = f"{data['bytes_per_code']:.1f}" if data["bytes_per_code"] else "-"
        click.echo(f"state: {report.state}")
        click.echo(f"generation {report.generation}: {len(report.shards)} shard(s), "
                   f"{data['originals']:,} originals with pictures ({report.database_originals:,} "
                   f"in the database), {report.codes:,} codes, {report.bytes / 1e6:,.1f} MB, "
                   f"{per_code} bytes a code")
        for shard in report.shards:
            click.echo(f"  shard {shard.shard}/{shard.shards}: {shard.originals:>9,} originals "
                       f"{shard.codes:>12,} codes {shard.segments:>3} segment(s) "
                       f"{shard.bytes / 1e6:>9,.1f} MB  {shard.state}")
        _echo_stores(report)
        for problem in report.problems:
            click.echo(f"origin: {problem}", err=True)
    if report.problems:
        sys.exit(1)


def _echo_stores(report) -> None:
    """The keypoint and audio stores' lines of ``index status``."""
    keypoints, audio = report.keypoints, report.audio
    click.echo(f"keypoint index: {keypoints.originals:,} originals with keyframes, "
               f"{keypoints.rows:,} descriptors, {keypoints.bytes / 1e6:,.1f} MB: "
               f"{keypoints.state}")
    click.echo(f"audio store: {audio.originals:,} originals with sound "
               f"({audio.database_originals:,} in the database), {audio.rows:,} postings, "
               f"{audio.bytes / 1e6:,.1f} MB: {audio.state}")


@index_group.command("reshard")
@click.option("--shards", type=click.IntRange(1, 4096), required=True,
              help="How many shards the index is split into.")
@JSON_FLAG
@click.pass_obj
def reshard(ctx, shards, as_json) -> None:
    """Split the index into N shards (crash-safe: a killed reshard leaves the old layout whole,
    and running it again finishes)."""
    from tqdm import tqdm

    bar = tqdm(total=shards, desc="resharding", unit="shard",
               disable=as_json or not sys.stderr.isatty(), leave=False)
    report = ctx.workspace.reshard(shards, progress=lambda done: bar.update(done - bar.n))
    bar.close()
    if as_json:
        echo_json(report.to_json())
    else:
        click.echo(f"{len(report.shards)} shard(s), {report.codes:,} codes: {report.state}")


@index_group.command("retrain")
@JSON_FLAG
@click.pass_obj
def retrain(ctx, as_json) -> None:
    """Learn the keypoint index's cells again from every registered original, so that the same
    originals search alike however the workspace reached them (crash-safe: a killed retrain
    leaves the old cells in use, and running it again finishes)."""
    report = ctx.workspace.retrain_keypoints()
    if as_json:
        echo_json(report.keypoints.to_json())
    else:
        click.echo(f"keypoint index: {report.keypoints.rows:,} descriptors: "
                   f"{report.keypoints.state}")
