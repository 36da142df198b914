#!/usr/bin/env bash
# time per step of the 2,000-step screen's variants (issue 16), on the idle machine, back to back (hjepa_bench:
# images/s of the H-JEPA step at 20 steps; seconds per step = batch_size / hjepa_img_s). L3 first and last,
# because this VM's speed drifts between hours. Run from the checkout: bash results/experiments/cost/run_screen.sh
set -e
cd "$(dirname "$0")/../../.."; source .venv/bin/activate; export OMP_NUM_THREADS=2
o=results/experiments/cost/screen
mkdir -p $o
b() { name=$1; shift; python -m hjepa.train.bench --config cpu_fast --steps 20 "$@" --output $o/$name.json; }
b L3
b views2_b32 data.batch_size=32 data.global_views=2 loss.vicreg_features=expander
b nowaste masking.block_size_per_batch=true masking.pad_context=true
b expander_v1 loss.vicreg_features=expander
b L3_again
