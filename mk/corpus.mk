# Corpus builds at scale: the examples/corpus Makefile, GNU parallel and
# Apache Spark, and the -j scaling of the heavy filters.
#
#   make test-corpus     build examples/corpus in a scratch copy and check it
#   make test-parallel   GNU parallel's output is byte-identical to the serial one
#   make test-spark      the Spark example in local mode (skips without pyspark)
#   make spark-venv      install pyspark into $(SPARK_VENV)
#   make corpus          build examples/corpus/out with the release binaries
#   make bench-scaling   records/s of the heavy filters with -j 1 and -j 2
.PHONY: test-corpus test-parallel test-spark spark-venv corpus corpus-clean bench-scaling
TEST_TARGETS += test-corpus test-parallel test-spark
BENCH_TARGETS += bench-scaling

SPARK_VENV ?= examples/spark/venv
SCALING_RECORDS ?= 2000

test-corpus: debug
	bash Tests/scale/corpus.sh $(DEBUG_BIN)

test-parallel: debug
	bash Tests/scale/parallel.sh $(DEBUG_BIN)

test-spark: debug
	bash Tests/scale/spark.sh $(DEBUG_BIN) $(SPARK_VENV)

spark-venv: $(SPARK_VENV)/.pyspark
$(SPARK_VENV)/.pyspark:
	@command -v java >/dev/null || echo "spark-venv: java not found; Spark needs Java 17: sudo apt-get install openjdk-17-jre-headless"
	test -x $(SPARK_VENV)/bin/python || $(PYTHON) -m venv $(SPARK_VENV)
	$(SPARK_VENV)/bin/pip install --quiet pyspark
	touch $@

corpus: release
	$(MAKE) -C examples/corpus ART_BIN=$(CURDIR)/$(RELEASE_BIN)

corpus-clean:
	$(MAKE) -C examples/corpus clean

bench-scaling: release
	bash Tests/scale/bench_scaling.sh $(RELEASE_BIN) $(SCALING_RECORDS)
