#!/usr/bin/env bash
# make doctor: what the build, the tests, `make eval` and `make bench` need,
# which of it this machine has, and how to install what is missing (Debian
# and Ubuntu package names).
#
#   mk/doctor.sh SWIFT PYTHON SHARED BENCH_VENV SPARK_VENV
set -u
swift=${1:-swift} python=${2:-python3} shared=${3:-../shared} bench_venv=${4:-bench/venv} spark_venv=${5:-examples/spark/venv}
missing_apt=() missing_other=()

# row NEED WHAT HAVE INSTALL: one line per requirement.
row() {
  local need=$1 what=$2 have=$3 install=$4
  if [ "$have" = yes ]; then
    printf '  %-6s %-34s ok\n' "$need" "$what"
  else
    printf '  %-6s %-34s MISSING  %s\n' "$need" "$what" "$install"
    case $install in
      "sudo apt-get install "*) missing_apt+=("${install#sudo apt-get install }") ;;
      *) missing_other+=("$install") ;;
    esac
  fi
}
has() { command -v "$1" >/dev/null 2>&1 && echo yes || echo no; }
pkg() { pkg-config --exists "$@" 2>/dev/null && echo yes || echo no; }
pyhas() { [ -x "$1/bin/python" ] && "$1/bin/python" -c "import $2" 2>/dev/null && echo yes || echo no; }

echo "build (make, make install):"
row build "Swift 6" "$("$swift" --version >/dev/null 2>&1 && echo yes || echo no)" "install Swift 6 from swift.org"
row build "pkg-config" "$(has pkg-config)" "sudo apt-get install pkg-config"
row build "ICU (libicu-dev)" "$(pkg icu-uc icu-i18n)" "sudo apt-get install libicu-dev"
row build "libxml2 (libxml2-dev)" "$(pkg libxml-2.0)" "sudo apt-get install libxml2-dev"
row build "CLD2 (libcld2-dev)" "$([ -e /usr/include/cld2/public/compact_lang_det.h ] && echo yes || echo no)" "sudo apt-get install libcld2-dev"
row build "zlib (zlib1g-dev)" "$([ -e /usr/include/zlib.h ] && echo yes || echo no)" "sudo apt-get install zlib1g-dev"
echo "make test:"
row test "Python 3" "$(has "$python")" "sudo apt-get install python3"
row test "mandoc (man page lint)" "$(has mandoc)" "sudo apt-get install mandoc"
row test "jq (transcripts)" "$(has jq)" "sudo apt-get install jq"
echo "make test, optional (skipped when missing):"
row opt "GNU parallel (test-parallel)" "$(has parallel)" "sudo apt-get install parallel"
row opt "Chromium (report-tests)" "$( (has chromium; has chromium-browser) | grep -q yes && echo yes || echo no)" "sudo apt-get install chromium"
row opt "Java 17 (test-spark)" "$(has java)" "sudo apt-get install openjdk-17-jre-headless"
row opt "pyspark (test-spark)" "$(pyhas "$spark_venv" pyspark)" "make spark-venv"
echo "make eval:"
row eval "development data ($shared/data)" "$([ -d "$shared/data" ] && echo yes || echo no)" "set SHARED=DIR to the shared data folder"
echo "make bench:"
row bench "python3-venv" "$("$python" -c 'import venv, ensurepip' 2>/dev/null && echo yes || echo no)" "sudo apt-get install python3-venv"
row bench "GNU time" "$([ -x /usr/bin/time ] && echo yes || echo no)" "sudo apt-get install time"
row bench "peers in $bench_venv" "$(pyhas "$bench_venv" trafilatura)" "make bench (installs them into $bench_venv)"

if [ ${#missing_apt[@]} -eq 0 ] && [ ${#missing_other[@]} -eq 0 ]; then
  echo "everything is here"
else
  [ ${#missing_apt[@]} -gt 0 ] && echo "to install the missing packages: sudo apt-get install ${missing_apt[*]}"
  for m in "${missing_other[@]}"; do echo "also: $m"; done
fi
exit 0
