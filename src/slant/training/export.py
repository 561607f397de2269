"""Export the trained encoder + token and quote heads to ONNX, and quantise it to int8."""

from __future__ import annotations

from pathlib import Path

import torch

from slant.training.network import SlantNetwork


def export_onnx(network: SlantNetwork, path: Path) -> Path:
    body = network.body.eval().float()
    input_ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(
            body,
            (input_ids, mask),
            str(path),
            input_names=["input_ids", "attention_mask"],
            output_names=["hidden", "token_logits", "quote_logits"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "length"},
                "attention_mask": {0: "batch", 1: "length"},
                "hidden": {0: "batch", 1: "length"},
                "token_logits": {0: "batch", 1: "length"},
                "quote_logits": {0: "batch", 1: "length"},
            },
            opset_version=17,
            dynamo=False,
        )
    return path


def quantise_int8(source: Path, target: Path) -> Path:
    """Dynamic int8 quantisation, per output channel, of the MatMul weights and the embedding tables (Gather)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source), str(target), per_channel=True, weight_type=QuantType.QInt8,
        op_types_to_quantize=["MatMul", "Gather"],
    )
    return target
