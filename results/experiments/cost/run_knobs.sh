#!/usr/bin/env bash
# time per step of the knob screen's variants that change the cost of a step, on the idle machine, back to back
# (hjepa_bench: images/s of the H-JEPA step; seconds per step = batch_size / hjepa_img_s). L3 is re-timed in the
# same call because this VM's speed drifts between hours.
set -e
cd "$(dirname "$0")/../../.."; source .venv/bin/activate; export OMP_NUM_THREADS=2
o=results/experiments/cost/knobs
mkdir -p $o
python -m hjepa.train.bench --config cpu_fast --steps 20 --output $o/L3.json
python -m hjepa.train.bench --config cpu_fast --steps 20 model.predictor.embed_dim=192 model.predictor.num_heads=6 --output $o/predictor_192.json
python -m hjepa.train.bench --config cpu_fast --steps 20 data.batch_size=32 masking.views_per_image=2 --output $o/views_2_b32.json
python -m hjepa.train.bench --config cpu_fast --steps 20 masking.views_per_image=2 --output $o/views_2.json
python -m hjepa.train.bench --config cpu_fast --steps 20 --output $o/L3_again.json
