"""Run the art pipeline over a JSON Lines corpus with Apache Spark.

Each partition of the input streams through one shell pipeline of art
filters (RDD.pipe): Spark starts the pipeline once per partition, writes the
partition's records to its standard input, one per line, and reads the
annotated records back from its standard output. The filters keep the order
of the records within a partition, and the partitions keep theirs, so the
part files read in order hold the records in input order.

Local mode, two worker threads:

    python art_spark.py --master 'local[2]' --bin ../../.build/release \\
        corpus.jsonl annotated/

WARC files, one per task (each path read with art-fetch --warc on a
worker, so on a file system every worker sees):

    ls /data/cc-news/*.warc.gz > warcs.txt
    python art_spark.py --master 'local[2]' --warc --bin ../../.build/release \
        warcs.txt annotated/

A cluster (the art programs installed on every worker, or shipped with
--archives, see README.md):

    spark-submit --master yarn art_spark.py hdfs:///news/raw hdfs:///news/annotated
"""

import argparse
import os
import shlex
import sys

DEFAULT_PIPELINE = "art-strip --drop-html | art-sentences | art-entities | art-quotes"


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines file(s) or folder; any path Spark reads (file:, hdfs:, s3a:)")
    parser.add_argument("output", help="folder to write the part files to (must not exist)")
    parser.add_argument("--pipeline", default=DEFAULT_PIPELINE,
                        help="the shell pipeline each partition streams through (default: %(default)s)")
    parser.add_argument("--bin", help="folder of the art programs on every worker, put first on PATH "
                                      "(relative to the worker's working folder with --archives)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="number of partitions to split the input into (default: Spark's)")
    parser.add_argument("--master", default=None,
                        help="Spark master when run with python rather than spark-submit, such as local[4]")
    parser.add_argument("--warc", action="store_true",
                        help="the input lists WARC files, a path a line; each task reads one with art-fetch --warc "
                             "and streams its responses through the pipeline")
    parser.add_argument("--compress", action="store_true", help="write gzip-compressed part files")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("art-pipeline")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    sc = spark.sparkContext

    # The environment of the pipeline on the workers: the art programs first
    # on PATH, and UTF-8 everywhere.
    env = {"LC_ALL": "C.UTF-8"}
    path = os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin")
    if args.bin:
        # A folder that exists here (local mode, or the same path on every
        # worker) is made absolute; otherwise it is taken as it is, relative
        # to each worker's working folder (spark-submit --archives).
        bin_dir = os.path.abspath(args.bin) if os.path.isdir(args.bin) else args.bin
        env["PATH"] = bin_dir + os.pathsep + path
    else:
        env["PATH"] = path

    # pipefail: a filter that fails makes the whole pipeline fail, and
    # checkCode makes Spark fail the task (and retry it) instead of keeping a
    # partial partition.
    pipeline = args.pipeline
    if args.warc:
        # Each line is a path: art-fetch turns its responses into records.
        # Exit status 1 is a damaged member, reported on standard error and
        # costing only itself: the task goes on (art(7), EXIT STATUS).
        pipeline = 'while IFS= read -r f; do art-fetch --warc "$f" || [ $? -eq 1 ] || exit 3; done | ' + pipeline
    command = "bash -o pipefail -c " + shlex.quote(pipeline)

    if args.warc:
        paths = [p for p in sc.textFile(args.input).collect() if p.strip()]
        records = sc.parallelize(paths, len(paths))
    elif args.partitions:
        records = sc.textFile(args.input, minPartitions=args.partitions)
    else:
        records = sc.textFile(args.input)
    annotated = records.filter(lambda line: line.strip() != "").pipe(command, env=env, checkCode=True)

    if args.compress:
        annotated.saveAsTextFile(args.output, compressionCodecClass="org.apache.hadoop.io.compress.GzipCodec")
    else:
        annotated.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
