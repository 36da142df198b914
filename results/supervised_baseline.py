"""Supervised upper bound for results/cifar10_60min: the same ViT as configs/cpu_fast.yaml, randomly
initialised and trained with labels on the same data for the same wall-time budget as the H-JEPA run.

    OMP_NUM_THREADS=1 .venv/bin/python results/supervised_baseline.py --minutes 60 --epochs 7 \
        --out results/cifar10_60min/supervised_baseline.json
"""
import argparse, json, time
from hjepa.config import load_config
from hjepa.data import load_split
from hjepa.finetune import supervised_baseline

ap = argparse.ArgumentParser()
ap.add_argument('--config', default='configs/cpu_fast.yaml')
ap.add_argument('--minutes', type=float, default=60)
ap.add_argument('--epochs', type=int, default=7)
ap.add_argument('--out', default='results/cifar10_60min/supervised_baseline.json')
ap.add_argument('overrides', nargs='*')
a = ap.parse_args()
cfg = load_config(a.config, a.overrides)
xtr, ytr, _ = load_split(cfg.data, 'train'); xte, yte, _ = load_split(cfg.data, 'test')
t = time.time()
res = supervised_baseline(cfg, xtr, ytr, xte, yte, epochs=a.epochs, max_minutes=a.minutes, warmup_epochs=0.5, verbose=True)
res.update(budget_minutes=a.minutes, wall_minutes=(time.time() - t) / 60, config=a.config, overrides=a.overrides)
with open(a.out, 'w') as f: json.dump(res, f, indent=1)
print(f"supervised ViT: test top-1 {res['accuracy']:.2f}% after {res['wall_minutes']:.1f} min -> {a.out}")
