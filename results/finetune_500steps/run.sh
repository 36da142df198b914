#!/usr/bin/env bash
# Issue 10, goal 3: does fine-tuning profit from pre-training? End-to-end fine-tuning with the MAE/I-JEPA-style
# recipe (finetune.FINETUNE_RECIPE: lr 1e-3 with layer decay 0.75, label smoothing 0.1, 1 warm-up epoch) against
# the same ViT trained from random init with labels for the same 2 epochs, same warm-up and the same label
# smoothing; full 50k train / 10k test splits of CIFAR-10, 2 torch threads, on the 2-core VM.
# The pre-trained checkpoint is the ablation study's run L3/seed0 (plan_500steps.yaml: the cpu_fast preset,
# 500 steps; its command line is its record in results/experiments/runs.jsonl), copied to runs/finetune/.
#
# supervised_and_head_only/: the supervised run, and the "fine-tuning" of the code before commit "fine_tune: train
#   the whole copy": the EMA target encoder is frozen in the model and the deep copy kept it frozen, so only the
#   head trained. Run as: (the same command with --output_dir runs/finetune/recipe), files copied here.
# recipe/: the fine-tuning after the fix (no baseline: the supervised run above did not change).
set -e
cd "$(dirname "$0")/../.."; source .venv/bin/activate; export OMP_NUM_THREADS=2
CK=runs/finetune/L3_seed0_500steps.pth
hjepa_eval --checkpoint $CK --eval_type fine_tune --fine_tune_epochs 2 --fine_tune_recipe \
  --baselines supervised --supervised_epochs 2 --supervised_warmup_epochs 1 --device auto --output_dir results/finetune_500steps/supervised_and_head_only
hjepa_eval --checkpoint $CK --eval_type fine_tune --fine_tune_epochs 2 --fine_tune_recipe \
  --baselines --device auto --output_dir results/finetune_500steps/recipe
# recipe_850steps/: the same fine-tuning from the knob screen's L3_850steps/seed0 checkpoint (850 steps of
# pre-training, plan_knobs_500steps.yaml), copied to runs/finetune/L3_seed0_850steps.pth; run while two CI
# checks shared the cores, so its minutes are not comparable.
hjepa_eval --checkpoint runs/finetune/L3_seed0_850steps.pth --eval_type fine_tune --fine_tune_epochs 2 --fine_tune_recipe \
  --baselines --device auto --output_dir results/finetune_500steps/recipe_850steps
