"""English and Simplified Chinese for the window's words: menus, toolbar, docks, settings.

`tr(text)` gives the text in the chosen language; English is the key. The language is the
system's unless `gdsim --lang en|zh_CN` says otherwise. Terms follow the seed's Chinese.
"""

from __future__ import annotations

LANGUAGES = ("en", "zh_CN")

ZH_CN = {
    # menus and actions
    "&File": "文件(&F)", "&Run": "运行(&R)", "&View": "视图(&V)", "&Help": "帮助(&H)",
    "Open…": "打开…", "Open recent": "最近打开", "Examples": "示例", "Save": "保存",
    "Save as…": "另存为…", "Export…": "导出…", "Quit": "退出", "Reset camera": "重置视角",
    "About gdsim": "关于 gdsim", "Step": "单步", "Step back": "后退一步", "Play": "播放",
    "Pause": "暂停", "Reset": "重置", "Next ▸": "下一阶段 ▸", "◂ Previous": "◂ 上一阶段",
    "(none yet)": "（暂无）",
    # opening a file that stands far from step 0
    "Opening": "正在打开", "Cancel": "取消",
    "Computing the steps up to where the file stands…": "正在计算到文件所保存的那一步…",
    "Opening cancelled; the run is as it was": "已取消打开；运行保持原样",
    # tool tips of the actions
    "One iteration: gradient, then the update (3-12)": "一次迭代：先求梯度，再更新参数 (3-12)",
    "Back one iteration": "后退一次迭代", "Play or pause": "播放或暂停",
    "Back to the start, step 0": "回到起点，第 0 步",
    "Network mode: the next phase or layer of the iteration":
        "网络模式：本次迭代的下一阶段或下一层",
    "Network mode: back one phase or layer": "网络模式：后退一个阶段或一层",
    "Open a scenario file": "打开场景文件", "Save the scenario and where it stands":
        "保存场景及当前进度", "Export images, animations or the trace": "导出图片、动画或轨迹",
    "Look at the surface from the default angle": "以默认角度观察曲面",
    # docks
    "Settings": "设置", "Contour": "等高线", "Loss curve": "损失曲线", "Trace": "轨迹",
    "Directions": "方向导数", "Formula": "公式", "Chain rule": "链式法则",
    "Gradient check": "梯度检验", "Decision region": "决策区域",
    # the PyTorch dock and the digits
    "In PyTorch": "PyTorch 代码", "Copy": "复制", "Run in PyTorch": "用 PyTorch 运行",
    "Copy the whole program to the clipboard": "把整个程序复制到剪贴板",
    "The PyTorch program for this network and this iteration; Copy copies it whole, data "
    "included": "本网络本次迭代的 PyTorch 程序；“复制”会复制完整程序（含数据）",
    "Run this code with torch from θ_k and set torch's gradients and θ_k+1 beside gdsim's":
        "从 θ_k 出发用 torch 运行这段代码，并把 torch 的梯度和 θ_k+1 与 gdsim 的并列比较",
    "The lines and what gdsim showed": "代码行与 gdsim 所展示内容的对应",
    "forward pass: a and z layer by layer (3-18), then J (3-19)":
        "前向传播：逐层计算 z 和 a (3-18)，再求 J (3-19)",
    "backward pass: δ^L (3-37), δ^l (3-36), ∂J/∂W (3-34), ∂J/∂b (3-35)":
        "反向传播：δ^L (3-37)、δ^l (3-36)、∂J/∂W (3-34)、∂J/∂b (3-35)",
    "the update: w ← w − α ∂J/∂w (3-12)": "参数更新：w ← w − α ∂J/∂w (3-12)",
    "torch adds into .grad; gdsim starts each iteration afresh":
        "torch 会把梯度累加到 .grad；gdsim 每次迭代重新计算",
    "Iteration": "迭代", "beside": "对比", "largest difference": "最大差值",
    "more parameters": "个参数未列出",
    "Press “Run in PyTorch” to run these lines with torch from θ_k and compare its gradients "
    "and θ_k+1 with gdsim's.": "按“用 PyTorch 运行”，从 θ_k 出发用 torch 运行这些代码，"
                               "并将其梯度和 θ_k+1 与 gdsim 的结果比较。",
    "PyTorch is not installed, so the code cannot be run here. Install the CPU build with:":
        "未安装 PyTorch，无法在此运行代码。可用下面的命令安装 CPU 版：",
    "(or simply": "（或直接", "Running in PyTorch…": "正在用 PyTorch 运行…",
    "Could not run it": "无法运行",
    "Digits": "手写数字", "digits: no network yet": "手写数字：尚无网络",
    "accuracy": "准确率", "of": "，共", "training digits": "个训练样本",
    "Training digits: the network's answer above each image (green: right, red: wrong, with "
    "the true digit), and the accuracy on all training digits at θ_k":
        "训练集中的手写数字：每幅图上方是网络的预测（绿色为正确，红色为错误并给出真实数字），"
        "标题为 θ_k 在全部训练样本上的准确率",
    # the network diagram (issue 11)
    "follow the phase (a, then δ)": "随阶段变化（先 a，后 δ）", "a  (activation)": "a（激活值）",
    "z  (weighted input)": "z（加权输入）", "follow the phase (w, ∂J/∂w, Δw)":
        "随阶段变化（w、∂J/∂w、Δw）", "w  (weight)": "w（权重）",
    "∂J/∂w  (gradient)": "∂J/∂w（梯度）", "Δw  (last update)": "Δw（本次更新量）",
    "show all edges": "显示全部连线",
    "Draw every edge as a line, also between wide layers (slower)":
        "把每条连线都画出来，宽层之间也画（较慢）",
    "Neurons:": "神经元：", "Edges:": "连线：", "input": "输入层", "output": "输出层",
    "neurons:": "神经元：", "edges:": "连线：",
    "Neurons show sample 1 of the batch of {m}; edges show the whole batch.":
        "神经元显示这批 {m} 个样本中的第 1 个；连线显示整批的结果。",
    "Wide layers: the weight matrix as a band (rows: source neuron j, columns: target i); "
    "lines for the {n} strongest edges.": "宽层：权重矩阵画成色带（行：起点神经元 j，"
                                         "列：终点神经元 i）；只画最强的 {n} 条连线。",
    "Hover a neuron or an edge for its values; click to select.":
        "鼠标悬停在神经元或连线上可查看数值；单击以选中。",
    "Δw is shown in the update phase; showing w.": "Δw 在参数更新阶段显示；此处显示 w。",
    "Forward": "前向传播", "Backward": "反向传播", "Update": "参数更新",
    "Forward: layer {n}": "前向传播：第 {n} 层", "Backward:": "反向传播：",
    "Log scale": "对数坐标", "step k (iterations)": "步数 k（迭代次数）",
    "θ_k: the whole iteration shown (Next ▸ walks it)": "θ_k：显示整次迭代（“下一阶段 ▸”逐步讲解）",
    "all of it shown — Next ▸ walks it phase by phase": "全部显示——“下一阶段 ▸”按阶段逐步讲解",
    "Step {n}": "第 {n} 步", "one iteration": "一次迭代",
    "sample 1 as an {s}×{s} image": "样本 1，{s}×{s} 图像",
    "… {s} neurons ({n} drawn)": "… 共 {s} 个神经元（画出 {n} 个）",
    # the export dialog
    "Export": "导出", "what": "导出内容", "states": "状态（步）", "size": "尺寸",
    "format": "格式", "GIF/MP4 speed": "GIF/MP4 速度", "GIF loops": "GIF 循环次数",
    "caption": "图注", "to": "保存到", "Browse…": "浏览…", " frames/s": " 帧/秒",
    "for ever": "无限循环", "the whole window": "整个窗口", "3-D view": "三维视图",
    "contour view": "等高线视图", "network diagram": "网络结构图", "loss curve": "损失曲线",
    "trace table": "轨迹表", "PNG image(s)": "PNG 图片", "SVG image(s) — 2-D views":
        "SVG 图片（仅二维视图）", "GIF animation": "GIF 动画", "MP4 video (H.264)":
        "MP4 视频 (H.264)", "trace as CSV": "轨迹（CSV）", "trace as JSON": "轨迹（JSON）",
    "the current phase's formula, with its numbers": "当前阶段的公式及其数值",
    "Write a caption under an exported view (not the whole window)":
        "在导出的视图下方写上图注（整个窗口不加）",
    "One state (e.g. 5), or A:B for the states after A … B iterations, or A:B:K for every "
    "K-th": "一个状态（如 5），或 A:B 表示第 A … B 次迭代后的各状态，或 A:B:K 表示每隔 K 个取一个",
    "one sample (x, y)": "单个样本 (x, y)", "moons": "双月形", "circles": "同心圆",
    "spirals": "螺旋", "blobs": "高斯团", "digits (8×8, 64-…-10)": "手写数字（8×8，64-…-10）",
    "What the network learns from": "网络从哪些数据中学习",
    "no update: the run has stopped": "没有更新：运行已停止",
    "The digits are the 1,797 bundled images: n does not apply":
        "手写数字是内置的 1,797 幅图像：n 不适用",
    "The digits are real images, not generated: noise does not apply":
        "手写数字是真实图像，不是生成的：噪声不适用",
    "How much noise the generated set has": "生成数据集的噪声大小",
    "Show J on a logarithmic axis (only when every J is positive)":
        "用对数坐标显示 J（仅当所有 J 都为正时）",
    # toolbar
    "Surface: J(w1, w2)": "曲面：J(w1, w2)", "Network: backpropagation": "网络：反向传播",
    " speed ": " 速度 ", " step ": " 步 ", " steps/s": " 步/秒", "by phase": "按阶段",
    "by layer": "按层", "iterations": "次迭代",
    # status
    "step k": "第 k 步", "running": "运行中", "converged": "已收敛", "diverged": "已发散",
    "the last finite state is shown": "显示最后一个有限状态",
    # surface settings
    "surface": "曲面", "start A": "起点 A", "maximum steps": "最大步数",
    "Optimizers (tick several to race them)": "优化器（可勾选多个同时比较）",
    "Racers: one optimizer each, from its own start": "参赛者：各用一个优化器，各有起点",
    "Add racer": "添加参赛者", "Remove this racer": "删除此参赛者", "from": "起点",
    "common α": "共同的 α", "no hyper-parameters": "无超参数",
    "This racer's colour in every view": "此参赛者在各视图中的颜色",
    "This racer's own start (w1, w2); empty: the common start A":
        "此参赛者自己的起点 (w1, w2)；留空则用共同起点 A",
    "This racer's own α; empty: the common α": "此参赛者自己的学习率 α；留空则用共同的 α",
    "Tick to add a racer with this optimizer from the common start; untick to remove its racers":
        "勾选：从共同起点添加一个使用此优化器的参赛者；取消勾选：删除它的参赛者",
    "Another racer: an optimizer not yet racing, from the common start":
        "再加一个参赛者：一个尚未参赛的优化器，从共同起点出发",
    "The last racer stays: a run needs one": "最后一个参赛者不能删除：运行至少需要一个",
    "At most 12 racers": "最多 12 个参赛者",
    "A run needs one racer: tick another optimizer first.":
        "运行至少需要一个参赛者：请先勾选另一个优化器。",
    "XOR is always its four corners: n does not apply": "XOR 总是它的四个角点：样本数 n 不起作用",
    "How many samples the generated set has": "生成数据集的样本数",
    # contour view
    "Show": "显示", "What the contour view draws (also on right-click)":
        "等高线视图显示哪些内容（也可右键单击）",
    "Equal scales": "等比例", "Directions (3-10)": "方向（图 3-10）",
    "Vectors (3-13)": "向量（图 3-13）",
    "Both axes at one scale, so round contours look round": "两轴同一比例，圆形等高线显示为圆",
    "The directions V1, V2, l and −grad J at A (figure 3-10), drawn while the direction "
    "explorer is open": "A 点处的方向 V1、V2、l 和 −grad J（图 3-10），方向导数面板打开时显示",
    "OA, AP, OP and OQ of the step (figure 3-13), with their lengths":
        "这一步的 OA、AP、OP 和 OQ（图 3-13）及其长度",
    "The path leaves the drawn box here": "路径在此处离开绘图范围",
    "your own J(w1, w2)…": "自定义 J(w1, w2)…",
    # network settings
    "layer sizes": "各层神经元数", "activation": "激活函数", "loss": "损失函数",
    "data": "数据", "samples n": "样本数 n", "noise": "噪声", "batch size": "批大小",
    "optimizer": "优化器", "hyper-parameters": "超参数", "seed": "随机种子",
    "landscape axis 1": "损失曲面坐标轴 1", "landscape axis 2": "损失曲面坐标轴 2",
    "Click an edge in the diagram to put its weight on an axis.":
        "在网络图中点击一条边，可把该权重设为坐标轴。",
    "→ axis 1": "→ 坐标轴 1", "→ axis 2": "→ 坐标轴 2", "Selected weight": "已选权重",
    "Show the loss landscape over the weight clicked in the diagram":
        "以网络图中点击的权重为坐标轴显示损失曲面",
    # lessons (Help ▸ Lessons, the lesson dock)
    "Lesson": "课程", "Lessons": "课程", "Open lesson file…": "打开课程文件…",
    "Cannot open the lesson": "无法打开课程", "Next lesson page": "课程下一页",
    "Previous lesson page": "课程上一页", "◂ Previous page": "◂ 上一页",
    "Next page ▸": "下一页 ▸", "The previous page of the lesson": "课程的上一页",
    "The next page of the lesson": "课程的下一页", "Page {0} / {1}": "第 {0} / {1} 页",
    "Counted right only when exact": "须完全正确", "Check": "检查",
    "Show answer": "显示答案", "up ↑": "增大 ↑", "down ↓": "减小 ↓",
    "Compare your prediction with what gdsim computes": "把你的预测与 gdsim 的计算结果比较",
    "Show the computation without checking a prediction": "不检查预测，直接显示计算过程",
    "Your prediction: numbers separated by commas, e.g. -1.6, 2.2":
        "你的预测：用逗号分隔的数，例如 -1.6, 2.2",
    "Counted right within": "误差在此范围内算正确：", "Answered right before": "此前已答对",
    "Type your prediction first": "请先输入你的预测", "Right!": "正确！",
    "gdsim computes": "gdsim 的计算结果为", "Not quite.": "不太对。", "Your answer": "你的答案",
    "The answer": "答案", "The computation": "计算过程",
    "Could not read your answer": "无法读取你的答案",
}

_language = "en"


def set_language(language: str | None) -> str:
    """Choose the language: one of LANGUAGES, or None for the system's."""
    global _language
    if language is None:
        from PySide6.QtCore import QLocale

        language = "zh_CN" if QLocale.system().name().startswith("zh") else "en"
    _language = language if language in LANGUAGES else "en"
    return _language


def language() -> str:
    return _language


def tr(text: str) -> str:
    return ZH_CN.get(text, text) if _language == "zh_CN" else text
