#!/usr/bin/env bash
# time per step of each study variant's model, on the idle machine (hjepa_bench: the H-JEPA step vs a plain timm ViT)
set -e
cd "$(dirname "$0")/../../.."; source .venv/bin/activate; export OMP_NUM_THREADS=2
o=results/experiments/cost
python -m hjepa.train.bench --config cpu_fast --steps 20 --output $o/L3.json
python -m hjepa.train.bench --config cpu_fast --steps 20 model.num_hierarchies=1 'loss.hierarchy_weights=[1.0]' 'model.level_depths=[6]' --output $o/L1_ijepa.json
python -m hjepa.train.bench --config cpu_fast --steps 20 model.num_hierarchies=4 'loss.hierarchy_weights=[1.0, 0.5, 0.25, 0.125]' 'model.level_depths=[6, 4, 2, 2]' --output $o/L4_global.json
python -m hjepa.train.bench --config cpu_fast --steps 20 masking.hierarchical=true --output $o/L3_hier_masks.json
