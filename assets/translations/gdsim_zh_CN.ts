<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>gdsim</name>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>&amp;Run</source>
      <translation>运行(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>Open recent</source>
      <translation>最近打开</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>Examples</source>
      <translation>示例</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Reset camera</source>
      <translation>重置视角</translation>
    </message>
    <message>
      <source>About gdsim</source>
      <translation>关于 gdsim</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>单步</translation>
    </message>
    <message>
      <source>Step back</source>
      <translation>后退一步</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>Play</source>
      <translation>播放</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>重置</translation>
    </message>
    <message>
      <source>Next ▸</source>
      <translation>下一阶段 ▸</translation>
    </message>
    <message>
      <source>◂ Previous</source>
      <translation>◂ 上一阶段</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>(none yet)</source>
      <translation>（暂无）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Opening</source>
      <translation>正在打开</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Computing the steps up to where the file stands…</source>
      <translation>正在计算到文件所保存的那一步…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Opening cancelled; the run is as it was</source>
      <translation>已取消打开；运行保持原样</translation>
    </message>
    <message>
      <source>One iteration: gradient, then the update (3-12)</source>
      <translation>一次迭代：先求梯度，再更新参数 (3-12)</translation>
    </message>
    <message>
      <source>Back one iteration</source>
      <translation>后退一次迭代</translation>
    </message>
    <message>
      <source>Play or pause</source>
      <translation>播放或暂停</translation>
    </message>
    <message>
      <source>Back to the start, step 0</source>
      <translation>回到起点，第 0 步</translation>
    </message>
    <message>
      <source>Network mode: the next phase or layer of the iteration</source>
      <translation>网络模式：本次迭代的下一阶段或下一层</translation>
    </message>
    <message>
      <source>Network mode: back one phase or layer</source>
      <translation>网络模式：后退一个阶段或一层</translation>
    </message>
    <message>
      <source>Open a scenario file</source>
      <translation>打开场景文件</translation>
    </message>
    <message>
      <source>Save the scenario and where it stands</source>
      <translation>保存场景及当前进度</translation>
    </message>
    <message>
      <source>Export images, animations or the trace</source>
      <translation>导出图片、动画或轨迹</translation>
    </message>
    <message>
      <source>Look at the surface from the default angle</source>
      <translation>以默认角度观察曲面</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Contour</source>
      <translation>等高线</translation>
    </message>
    <message>
      <source>Loss curve</source>
      <translation>损失曲线</translation>
    </message>
    <message>
      <source>Trace</source>
      <translation>轨迹</translation>
    </message>
    <message>
      <source>Directions</source>
      <translation>方向导数</translation>
    </message>
    <message>
      <source>Formula</source>
      <translation>公式</translation>
    </message>
    <message>
      <source>Chain rule</source>
      <translation>链式法则</translation>
    </message>
    <message>
      <source>Gradient check</source>
      <translation>梯度检验</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Decision region</source>
      <translation>决策区域</translation>
    </message>
    <message>
      <source>In PyTorch</source>
      <translation>PyTorch 代码</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Run in PyTorch</source>
      <translation>用 PyTorch 运行</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Copy the whole program to the clipboard</source>
      <translation>把整个程序复制到剪贴板</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>The PyTorch program for this network and this iteration; Copy copies it whole, data included</source>
      <translation>本网络本次迭代的 PyTorch 程序；“复制”会复制完整程序（含数据）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Run this code with torch from θ_k and set torch's gradients and θ_k+1 beside gdsim's</source>
      <translation>从 θ_k 出发用 torch 运行这段代码，并把 torch 的梯度和 θ_k+1 与 gdsim 的并列比较</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>The lines and what gdsim showed</source>
      <translation>代码行与 gdsim 所展示内容的对应</translation>
    </message>
    <message>
      <source>forward pass: a and z layer by layer (3-18), then J (3-19)</source>
      <translation>前向传播：逐层计算 z 和 a (3-18)，再求 J (3-19)</translation>
    </message>
    <message>
      <source>backward pass: δ^L (3-37), δ^l (3-36), ∂J/∂W (3-34), ∂J/∂b (3-35)</source>
      <translation>反向传播：δ^L (3-37)、δ^l (3-36)、∂J/∂W (3-34)、∂J/∂b (3-35)</translation>
    </message>
    <message>
      <source>the update: w ← w − α ∂J/∂w (3-12)</source>
      <translation>参数更新：w ← w − α ∂J/∂w (3-12)</translation>
    </message>
    <message>
      <source>torch adds into .grad; gdsim starts each iteration afresh</source>
      <translation>torch 会把梯度累加到 .grad；gdsim 每次迭代重新计算</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Iteration</source>
      <translation>迭代</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>beside</source>
      <translation>对比</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>largest difference</source>
      <translation>最大差值</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>more parameters</source>
      <translation>个参数未列出</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Press “Run in PyTorch” to run these lines with torch from θ_k and compare its gradients and θ_k+1 with gdsim's.</source>
      <translation>按“用 PyTorch 运行”，从 θ_k 出发用 torch 运行这些代码，并将其梯度和 θ_k+1 与 gdsim 的结果比较。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>PyTorch is not installed, so the code cannot be run here. Install the CPU build with:</source>
      <translation>未安装 PyTorch，无法在此运行代码。可用下面的命令安装 CPU 版：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>(or simply</source>
      <translation>（或直接</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Running in PyTorch…</source>
      <translation>正在用 PyTorch 运行…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Could not run it</source>
      <translation>无法运行</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Digits</source>
      <translation>手写数字</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>digits: no network yet</source>
      <translation>手写数字：尚无网络</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>accuracy</source>
      <translation>准确率</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>of</source>
      <translation>，共</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>training digits</source>
      <translation>个训练样本</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Training digits: the network's answer above each image (green: right, red: wrong, with the true digit), and the accuracy on all training digits at θ_k</source>
      <translation>训练集中的手写数字：每幅图上方是网络的预测（绿色为正确，红色为错误并给出真实数字），标题为 θ_k 在全部训练样本上的准确率</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>follow the phase (a, then δ)</source>
      <translation>随阶段变化（先 a，后 δ）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>a  (activation)</source>
      <translation>a（激活值）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>z  (weighted input)</source>
      <translation>z（加权输入）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>follow the phase (w, ∂J/∂w, Δw)</source>
      <translation>随阶段变化（w、∂J/∂w、Δw）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>w  (weight)</source>
      <translation>w（权重）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>∂J/∂w  (gradient)</source>
      <translation>∂J/∂w（梯度）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Δw  (last update)</source>
      <translation>Δw（本次更新量）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>show all edges</source>
      <translation>显示全部连线</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Draw every edge as a line, also between wide layers (slower)</source>
      <translation>把每条连线都画出来，宽层之间也画（较慢）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Neurons:</source>
      <translation>神经元：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Edges:</source>
      <translation>连线：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>input</source>
      <translation>输入层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>output</source>
      <translation>输出层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>neurons:</source>
      <translation>神经元：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>edges:</source>
      <translation>连线：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Neurons show sample 1 of the batch of {m}; edges show the whole batch.</source>
      <translation>神经元显示这批 {m} 个样本中的第 1 个；连线显示整批的结果。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Wide layers: the weight matrix as a band (rows: source neuron j, columns: target i); lines for the {n} strongest edges.</source>
      <translation>宽层：权重矩阵画成色带（行：起点神经元 j，列：终点神经元 i）；只画最强的 {n} 条连线。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Hover a neuron or an edge for its values; click to select.</source>
      <translation>鼠标悬停在神经元或连线上可查看数值；单击以选中。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Δw is shown in the update phase; showing w.</source>
      <translation>Δw 在参数更新阶段显示；此处显示 w。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Forward</source>
      <translation>前向传播</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward</source>
      <translation>反向传播</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>Update</source>
      <translation>参数更新</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>Forward: layer {n}</source>
      <translation>前向传播：第 {n} 层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>Backward:</source>
      <translation>反向传播：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>Log scale</source>
      <translation>对数坐标</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>step k (iterations)</source>
      <translation>步数 k（迭代次数）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>θ_k: the whole iteration shown (Next ▸ walks it)</source>
      <translation>θ_k：显示整次迭代（“下一阶段 ▸”逐步讲解）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>all of it shown — Next ▸ walks it phase by phase</source>
      <translation>全部显示——“下一阶段 ▸”按阶段逐步讲解</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>Step {n}</source>
      <translation>第 {n} 步</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>one iteration</source>
      <translation>一次迭代</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_digits.py" />
      <source>sample 1 as an {s}×{s} image</source>
      <translation>样本 1，{s}×{s} 图像</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>… {s} neurons ({n} drawn)</source>
      <translation>… 共 {s} 个神经元（画出 {n} 个）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>what</source>
      <translation>导出内容</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>states</source>
      <translation>状态（步）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>size</source>
      <translation>尺寸</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>GIF/MP4 speed</source>
      <translation>GIF/MP4 速度</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>GIF loops</source>
      <translation>GIF 循环次数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>caption</source>
      <translation>图注</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>to</source>
      <translation>保存到</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source> frames/s</source>
      <translation> 帧/秒</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>for ever</source>
      <translation>无限循环</translation>
    </message>
    <message>
      <source>the whole window</source>
      <translation>整个窗口</translation>
    </message>
    <message>
      <source>3-D view</source>
      <translation>三维视图</translation>
    </message>
    <message>
      <source>contour view</source>
      <translation>等高线视图</translation>
    </message>
    <message>
      <source>network diagram</source>
      <translation>网络结构图</translation>
    </message>
    <message>
      <source>loss curve</source>
      <translation>损失曲线</translation>
    </message>
    <message>
      <source>trace table</source>
      <translation>轨迹表</translation>
    </message>
    <message>
      <source>PNG image(s)</source>
      <translation>PNG 图片</translation>
    </message>
    <message>
      <source>SVG image(s) — 2-D views</source>
      <translation>SVG 图片（仅二维视图）</translation>
    </message>
    <message>
      <source>GIF animation</source>
      <translation>GIF 动画</translation>
    </message>
    <message>
      <source>MP4 video (H.264)</source>
      <translation>MP4 视频 (H.264)</translation>
    </message>
    <message>
      <source>trace as CSV</source>
      <translation>轨迹（CSV）</translation>
    </message>
    <message>
      <source>trace as JSON</source>
      <translation>轨迹（JSON）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>the current phase's formula, with its numbers</source>
      <translation>当前阶段的公式及其数值</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Write a caption under an exported view (not the whole window)</source>
      <translation>在导出的视图下方写上图注（整个窗口不加）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>One state (e.g. 5), or A:B for the states after A … B iterations, or A:B:K for every K-th</source>
      <translation>一个状态（如 5），或 A:B 表示第 A … B 次迭代后的各状态，或 A:B:K 表示每隔 K 个取一个</translation>
    </message>
    <message>
      <source>one sample (x, y)</source>
      <translation>单个样本 (x, y)</translation>
    </message>
    <message>
      <source>moons</source>
      <translation>双月形</translation>
    </message>
    <message>
      <source>circles</source>
      <translation>同心圆</translation>
    </message>
    <message>
      <source>spirals</source>
      <translation>螺旋</translation>
    </message>
    <message>
      <source>blobs</source>
      <translation>高斯团</translation>
    </message>
    <message>
      <source>digits (8×8, 64-…-10)</source>
      <translation>手写数字（8×8，64-…-10）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>What the network learns from</source>
      <translation>网络从哪些数据中学习</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>no update: the run has stopped</source>
      <translation>没有更新：运行已停止</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The digits are the 1,797 bundled images: n does not apply</source>
      <translation>手写数字是内置的 1,797 幅图像：n 不适用</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The digits are real images, not generated: noise does not apply</source>
      <translation>手写数字是真实图像，不是生成的：噪声不适用</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>How much noise the generated set has</source>
      <translation>生成数据集的噪声大小</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>Show J on a logarithmic axis (only when every J is positive)</source>
      <translation>用对数坐标显示 J（仅当所有 J 都为正时）</translation>
    </message>
    <message>
      <source>Surface: J(w1, w2)</source>
      <translation>曲面：J(w1, w2)</translation>
    </message>
    <message>
      <source>Network: backpropagation</source>
      <translation>网络：反向传播</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source> speed </source>
      <translation> 速度 </translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source> step </source>
      <translation> 步 </translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source> steps/s</source>
      <translation> 步/秒</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>by phase</source>
      <translation>按阶段</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>by layer</source>
      <translation>按层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>iterations</source>
      <translation>次迭代</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_window.py" />
      <source>step k</source>
      <translation>第 k 步</translation>
    </message>
    <message>
      <source>running</source>
      <translation>运行中</translation>
    </message>
    <message>
      <source>converged</source>
      <translation>已收敛</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/status_line.py" />
      <source>diverged</source>
      <translation>已发散</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/status_line.py" />
      <source>the last finite state is shown</source>
      <translation>显示最后一个有限状态</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>surface</source>
      <translation>曲面</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>start A</source>
      <translation>起点 A</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>maximum steps</source>
      <translation>最大步数</translation>
    </message>
    <message>
      <source>Optimizers (tick several to race them)</source>
      <translation>优化器（可勾选多个同时比较）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Racers: one optimizer each, from its own start</source>
      <translation>参赛者：各用一个优化器，各有起点</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Add racer</source>
      <translation>添加参赛者</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Remove this racer</source>
      <translation>删除此参赛者</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>from</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>common α</source>
      <translation>共同的 α</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>no hyper-parameters</source>
      <translation>无超参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>This racer's colour in every view</source>
      <translation>此参赛者在各视图中的颜色</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>This racer's own start (w1, w2); empty: the common start A</source>
      <translation>此参赛者自己的起点 (w1, w2)；留空则用共同起点 A</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>This racer's own α; empty: the common α</source>
      <translation>此参赛者自己的学习率 α；留空则用共同的 α</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Tick to add a racer with this optimizer from the common start; untick to remove its racers</source>
      <translation>勾选：从共同起点添加一个使用此优化器的参赛者；取消勾选：删除它的参赛者</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Another racer: an optimizer not yet racing, from the common start</source>
      <translation>再加一个参赛者：一个尚未参赛的优化器，从共同起点出发</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The last racer stays: a run needs one</source>
      <translation>最后一个参赛者不能删除：运行至少需要一个</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>At most 12 racers</source>
      <translation>最多 12 个参赛者</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>A run needs one racer: tick another optimizer first.</source>
      <translation>运行至少需要一个参赛者：请先勾选另一个优化器。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>XOR is always its four corners: n does not apply</source>
      <translation>XOR 总是它的四个角点：样本数 n 不起作用</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>How many samples the generated set has</source>
      <translation>生成数据集的样本数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>What the contour view draws (also on right-click)</source>
      <translation>等高线视图显示哪些内容（也可右键单击）</translation>
    </message>
    <message>
      <source>Equal scales</source>
      <translation>等比例</translation>
    </message>
    <message>
      <source>Directions (3-10)</source>
      <translation>方向（图 3-10）</translation>
    </message>
    <message>
      <source>Vectors (3-13)</source>
      <translation>向量（图 3-13）</translation>
    </message>
    <message>
      <source>Both axes at one scale, so round contours look round</source>
      <translation>两轴同一比例，圆形等高线显示为圆</translation>
    </message>
    <message>
      <source>The directions V1, V2, l and −grad J at A (figure 3-10), drawn while the direction explorer is open</source>
      <translation>A 点处的方向 V1、V2、l 和 −grad J（图 3-10），方向导数面板打开时显示</translation>
    </message>
    <message>
      <source>OA, AP, OP and OQ of the step (figure 3-13), with their lengths</source>
      <translation>这一步的 OA、AP、OP 和 OQ（图 3-13）及其长度</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>The path leaves the drawn box here</source>
      <translation>路径在此处离开绘图范围</translation>
    </message>
    <message>
      <source>your own J(w1, w2)…</source>
      <translation>自定义 J(w1, w2)…</translation>
    </message>
    <message>
      <source>layer sizes</source>
      <translation>各层神经元数</translation>
    </message>
    <message>
      <source>activation</source>
      <translation>激活函数</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>损失函数</translation>
    </message>
    <message>
      <source>data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>samples n</source>
      <translation>样本数 n</translation>
    </message>
    <message>
      <source>noise</source>
      <translation>噪声</translation>
    </message>
    <message>
      <source>batch size</source>
      <translation>批大小</translation>
    </message>
    <message>
      <source>optimizer</source>
      <translation>优化器</translation>
    </message>
    <message>
      <source>hyper-parameters</source>
      <translation>超参数</translation>
    </message>
    <message>
      <source>seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>landscape axis 1</source>
      <translation>损失曲面坐标轴 1</translation>
    </message>
    <message>
      <source>landscape axis 2</source>
      <translation>损失曲面坐标轴 2</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Click an edge in the diagram to put its weight on an axis.</source>
      <translation>在网络图中点击一条边，可把该权重设为坐标轴。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>→ axis 1</source>
      <translation>→ 坐标轴 1</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>→ axis 2</source>
      <translation>→ 坐标轴 2</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Selected weight</source>
      <translation>已选权重</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Show the loss landscape over the weight clicked in the diagram</source>
      <translation>以网络图中点击的权重为坐标轴显示损失曲面</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Lesson</source>
      <translation>课程</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Lessons</source>
      <translation>课程</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Open lesson file…</source>
      <translation>打开课程文件…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Cannot open the lesson</source>
      <translation>无法打开课程</translation>
    </message>
    <message>
      <source>Next lesson page</source>
      <translation>课程下一页</translation>
    </message>
    <message>
      <source>Previous lesson page</source>
      <translation>课程上一页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>◂ Previous page</source>
      <translation>◂ 上一页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Next page ▸</source>
      <translation>下一页 ▸</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The previous page of the lesson</source>
      <translation>课程的上一页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The next page of the lesson</source>
      <translation>课程的下一页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Page {0} / {1}</source>
      <translation>第 {0} / {1} 页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Counted right only when exact</source>
      <translation>须完全正确</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Show answer</source>
      <translation>显示答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>up ↑</source>
      <translation>增大 ↑</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>down ↓</source>
      <translation>减小 ↓</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Compare your prediction with what gdsim computes</source>
      <translation>把你的预测与 gdsim 的计算结果比较</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Show the computation without checking a prediction</source>
      <translation>不检查预测，直接显示计算过程</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Your prediction: numbers separated by commas, e.g. -1.6, 2.2</source>
      <translation>你的预测：用逗号分隔的数，例如 -1.6, 2.2</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Counted right within</source>
      <translation>误差在此范围内算正确：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Answered right before</source>
      <translation>此前已答对</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Type your prediction first</source>
      <translation>请先输入你的预测</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Right!</source>
      <translation>正确！</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>gdsim computes</source>
      <translation>gdsim 的计算结果为</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Not quite.</source>
      <translation>不太对。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Your answer</source>
      <translation>你的答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The computation</source>
      <translation>计算过程</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Could not read your answer</source>
      <translation>无法读取你的答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>untitled</source>
      <translation>未命名</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>{name} — {mode} — gdsim</source>
      <translation>{name} — {mode} — gdsim</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>Reopened where you left off: step {k}</source>
      <translation>已回到上次离开的位置：第 {k} 步</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>In matrices:</source>
      <translation>矩阵形式：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>&lt;b&gt;Click a neuron or an edge&lt;/b&gt; in the network diagram to see the formula that computes it in the current phase, with the numbers of this iteration filled in.</source>
      <translation>在网络图中&lt;b&gt;单击一个神经元或一条连线&lt;/b&gt;，即可看到当前阶段计算它的公式，并代入本次迭代的数值。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>({n} more)</source>
      <translation>（另有 {n} 项）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{x} is {shape}</source>
      <translation>{x} 为 {shape}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source> summed over the batch</source>
      <translation>（对整批求和）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>not plain 3-12</source>
      <translation>不是单纯的 3-12</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>then</source>
      <translation>然后</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{theta}: the whole of iteration {k} → {k1} (forward, backward, update)</source>
      <translation>{theta}：第 {k} → {k1} 次迭代的全过程（前向传播、反向传播、参数更新）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{phase} — for one neuron or edge; &lt;b&gt;click another&lt;/b&gt; in the diagram to see its formula</source>
      <translation>{phase}——以一个神经元或一条连线为例；在网络图中&lt;b&gt;单击其他对象&lt;/b&gt;可查看它的公式</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The input</source>
      <translation>输入</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Forward: {z} and {a}</source>
      <translation>前向传播：{z} 与 {a}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward: {delta} from the layer after it</source>
      <translation>反向传播：由后一层求 {delta}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>samples</source>
      <translation>样本</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>and {grad}</source>
      <translation>以及 {grad}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>No update to show: the run has diverged or reached its last step.</source>
      <translation>没有可显示的更新：运行已发散或已到达最后一步。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Update by {optimizer}</source>
      <translation>用 {optimizer} 更新</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{theta}: the whole iteration, forward, backward and update</source>
      <translation>{theta}：整次迭代，前向传播、反向传播与参数更新</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Neuron {name} (layer {l}, neuron {i})</source>
      <translation>神经元 {name}（第 {l} 层，第 {i} 个神经元）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Weight {name} (from {a} to {b})</source>
      <translation>权重 {name}（从 {a} 到 {b}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The input layer has no δ</source>
      <translation>输入层没有 δ</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{w} carries {a} into {z}</source>
      <translation>{w} 把 {a} 传入 {z}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward: {delta} of the output layer</source>
      <translation>反向传播：输出层的 {delta}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{optimizer} does not step by −α {grad} alone (it keeps a state of past gradients); its actual change is Δ = {d}</source>
      <translation>{optimizer} 并不只按 −α {grad} 更新（它保存了以往梯度的状态）；实际的变化量 Δ = {d}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>A batch of m = {m} samples: values of a sample are those of sample 1; gradients sum over the batch.</source>
      <translation>一批 m = {m} 个样本：单个样本的数值取自样本 1；梯度对整批求和。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>J depends on the weights, not on a z of the input layer: backpropagation stops at δ².</source>
      <translation>J 依赖于权重，而不依赖于输入层的 z：反向传播止于 δ²。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{x} and {y} are {shape}.</source>
      <translation>{x} 和 {y} 为 {shape}。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward: {delta} (softmax with cross-entropy)</source>
      <translation>反向传播：{delta}（softmax 与交叉熵）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>the result {shape} like {w}.</source>
      <translation>结果为 {shape}，与 {w} 相同。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>the change Δ = {d}; in PyTorch: loss.backward() then optimizer.step()</source>
      <translation>变化量 Δ = {d}；在 PyTorch 中：先 loss.backward()，再 optimizer.step()</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Shapes: a¹ is 1×{n}.</source>
      <translation>形状：a¹ 为 1×{n}。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>term j = {j} of the sum:</source>
      <translation>求和中 j = {j} 的一项：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>all {shape}.</source>
      <translation>均为 {shape}。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>−α {grad} would be {v}</source>
      <translation>−α {grad} 应为 {v}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The forward pass has not reached layer {l} yet in this iteration: these are the numbers it will find.</source>
      <translation>本次迭代的前向传播尚未到达第 {l} 层：这些是它将会算出的数值。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The backward pass has not reached layer {l} yet: these are the numbers it will find.</source>
      <translation>反向传播尚未到达第 {l} 层：这些是它将会算出的数值。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Waits for {delta}: the backward pass has not reached it yet; these are the numbers it will find.</source>
      <translation>等待 {delta}：反向传播尚未到达它；这些是它将会算出的数值。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_state.py" />
      <source>Some remembered settings could not be read and were ignored: {names}</source>
      <translation>部分保存的设置无法读取，已忽略：{names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/presentation.py" />
      <source>Leave presentation</source>
      <translation>退出演示</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/language.py" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/language.py" />
      <source>Show gdsim in this language (at once; remembered)</source>
      <translation>以此语言显示 gdsim（立即生效并记住）</translation>
    </message>
    <message>
      <source>Full screen with large text and lines, for a class (F11 or Esc leaves)</source>
      <translation>全屏显示，文字和线条放大，适合课堂（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>演示模式</translation>
    </message>
    <message>
      <source>Put the docks back where this mode has them</source>
      <translation>把各停靠窗口放回此模式的默认位置</translation>
    </message>
    <message>
      <source>Reset layout</source>
      <translation>重置布局</translation>
    </message>
    <message>
      <source>XOR</source>
      <translation>XOR</translation>
    </message>
    <message>
      <source>x</source>
      <translation>x</translation>
    </message>
    <message>
      <source>y</source>
      <translation>y</translation>
    </message>
    <message>
      <source>α</source>
      <translation>α</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/window_menus.py" />
      <source>Presentation size</source>
      <translation>演示缩放</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/decision.py" />
      <source>Colour: the network's output neuron 1 at each point of the plane. Dots: the data, blue where neuron 1 should be high, orange elsewhere.</source>
      <translation>颜色：平面上每一点处网络输出层第 1 个神经元的值。圆点：数据，应使第 1 个神经元取高值的为蓝色，其余为橙色。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/decision.py" />
      <source>a&lt;sup&gt;L&lt;/sup&gt;&lt;sub&gt;1&lt;/sub&gt; (output neuron 1)</source>
      <translation>a&lt;sup&gt;L&lt;/sup&gt;&lt;sub&gt;1&lt;/sub&gt;（输出层第 1 个神经元）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/decision.py" />
      <source>decision region needs 2 inputs</source>
      <translation>决策区域需要 2 个输入</translation>
    </message>
  </context>
</TS>
