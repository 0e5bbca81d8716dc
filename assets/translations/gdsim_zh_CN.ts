<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>gdsim</name>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>&amp;Run</source>
      <translation>运行(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/menus.py" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Open recent</source>
      <translation>最近打开</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
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
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Play</source>
      <translation>播放</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
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
      <location filename="../../gdsim/ui/file_menu.py" />
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
      <location filename="../../gdsim/ui/registry.py" />
      <source>Contour</source>
      <translation>等高线</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Loss curve</source>
      <translation>损失曲线</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Trace</source>
      <translation>轨迹</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Directions</source>
      <translation>方向导数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Formula</source>
      <translation>公式</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Chain rule</source>
      <translation>链式法则</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Gradient check</source>
      <translation>梯度检验</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Decision region</source>
      <translation>决策区域</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
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
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>input</source>
      <translation>输入层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
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
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>Neurons show sample 1 of the batch of {m}; edges show the whole batch.</source>
      <translation>神经元显示这批 {m} 个样本中的第 1 个；连线显示整批的结果。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>Wide layers: the weight matrix as a band (rows: source neuron j, columns: target i); lines for the {n} strongest edges.</source>
      <translation>宽层：权重矩阵画成色带（行：起点神经元 j，列：终点神经元 i）；只画最强的 {n} 条连线。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
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
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>all of it shown — Next ▸ walks it phase by phase</source>
      <translation>全部显示——“下一阶段 ▸”按阶段逐步讲解</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_digits.py" />
      <source>sample 1 as an {s}×{s} image</source>
      <translation>样本 1，{s}×{s} 图像</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
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
      <location filename="../../gdsim/ui/registry.py" />
      <source>the whole window</source>
      <translation>整个窗口</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>3-D view</source>
      <translation>三维视图</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>contour view</source>
      <translation>等高线视图</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>network diagram</source>
      <translation>网络结构图</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>loss curve</source>
      <translation>损失曲线</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
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
      <location filename="../../gdsim/core/datasets.py" />
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
      <location filename="../../gdsim/core/datasets.py" />
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
      <location filename="../../gdsim/core/datasets.py" />
      <source>The digits are the 1,797 bundled images: n does not apply</source>
      <translation>手写数字是内置的 1,797 幅图像：n 不适用</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
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
      <location filename="../../gdsim/ui/layouts.py" />
      <source>Surface: J(w1, w2)</source>
      <translation>曲面：J(w1, w2)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/layouts.py" />
      <source>Network: backpropagation</source>
      <translation>网络：反向传播</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source> speed </source>
      <translation> 速度 </translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source> step </source>
      <translation> 步 </translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source> steps/s</source>
      <translation> 步/秒</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>by phase</source>
      <translation>按阶段</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>by layer</source>
      <translation>按层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>iterations</source>
      <translation>次迭代</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>converged</source>
      <translation>已收敛</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
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
      <location filename="../../gdsim/ui/network_panel.py" />
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
      <source>At most 12 racers</source>
      <translation>最多 12 个参赛者</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>A run needs one racer: tick another optimizer first.</source>
      <translation>运行至少需要一个参赛者：请先勾选另一个优化器。</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
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
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>layer sizes</source>
      <translation>各层神经元数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>activation</source>
      <translation>激活函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>loss</source>
      <translation>损失函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>samples n</source>
      <translation>样本数 n</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>noise</source>
      <translation>噪声</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>batch size</source>
      <translation>批大小</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>optimizer</source>
      <translation>优化器</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>hyper-parameters</source>
      <translation>超参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>landscape axis 1</source>
      <translation>损失曲面坐标轴 1</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
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
      <location filename="../../gdsim/ui/handout.py" />
      <source>Page {0} / {1}</source>
      <translation>第 {0} / {1} 页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/handout.py" />
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
      <source>Show the computation without checking a prediction</source>
      <translation>不检查预测，直接显示计算过程</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Your prediction: numbers separated by commas, e.g. -1.6, 2.2</source>
      <translation>你的预测：用逗号分隔的数，例如 -1.6, 2.2</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/handout.py" />
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
      <location filename="../../gdsim/core/datasets.py" />
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
      <location filename="../../gdsim/core/lesson_locks.py" />
      <source>α</source>
      <translation>α</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/menus.py" />
      <source>Presentation size</source>
      <translation>演示缩放</translation>
    </message>
    <message>
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
    <message>
      <location filename="../../gdsim/core/activations.py" />
      <source>y: with cross_entropy each target must be probabilities summing to 1; sample {sample} sums to {total:g}</source>
      <translation>y：使用交叉熵时，每个目标值都必须是和为 1 的概率；样本 {sample} 的和为 {total:g}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/activations.py" />
      <source>{where}: unknown activation {name!r}; choose one of {names}</source>
      <translation>{where}：未知的激活函数 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/activations.py" />
      <source>{where}: unknown loss {name!r}; choose one of {names}</source>
      <translation>{where}：未知的损失函数 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>parameter: {k} is outside 0…{last}</source>
      <translation>参数：{k} 不在 0…{last} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>activation: expected a name or a list of names, got {activation!r}</source>
      <translation>激活函数：应为一个名称或名称列表，实际为 {activation!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>activation: {count} names but the network has {n} weight layers</source>
      <translation>激活函数：给了 {count} 个名称，但网络有 {n} 个权重层</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{name}: expected {count} entries (one per weight layer) for sizes {sizes}, got {got}</source>
      <translation>{name}：层大小 {sizes} 需要 {count} 项（每个权重层一项），实际为 {got}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{where}: shape {shape} but sizes {sizes} need {needed}</source>
      <translation>{where}：形状为 {shape}，但层大小 {sizes} 需要 {needed}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>x: expected samples as rows of {S1} numbers, got shape {shape}</source>
      <translation>x：每个样本应为一行 {S1} 个数，实际形状为 {shape}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>x: {count} numbers per sample but the input layer has {S1} neurons</source>
      <translation>x：每个样本有 {count} 个数，但输入层有 {S1} 个神经元</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>y: expected targets as rows of {SL} numbers, got shape {shape}</source>
      <translation>y：每个目标值应为一行 {SL} 个数，实际形状为 {shape}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>y: {count} numbers per sample but the output layer has {SL} neurons</source>
      <translation>y：每个样本有 {count} 个数，但输出层有 {SL} 个神经元</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>y: {targets} targets for {samples} samples</source>
      <translation>y：{samples} 个样本却有 {targets} 个目标值</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{name}: holds a number that is not finite</source>
      <translation>{name}：含有非有限的数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>activation: {count} names for {layers} weight layers (sizes {sizes})</source>
      <translation>激活函数：{layers} 个权重层却给了 {count} 个名称（层大小 {sizes}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>theta: shape {shape} but sizes {sizes} need ({n},)</source>
      <translation>theta：形状为 {shape}，但层大小 {sizes} 需要 ({n},)</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>theta: parameter {bad} is not finite</source>
      <translation>theta：参数 {bad} 不是有限数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>vector: shape {shape} but the network has {needed} parameters</source>
      <translation>向量：形状为 {shape}，但网络的参数为 {needed}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>theta: shape {shape} but the network needs {needed}</source>
      <translation>theta：形状为 {shape}，但网络需要 {needed}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>weight: layer l = {l} is outside 1…{last}</source>
      <translation>权重：层 l = {l} 不在 1…{last} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>weight: i = {i} is outside 1…{last} (layer {layer})</source>
      <translation>权重：i = {i} 不在 1…{last} 之内（第 {layer} 层）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>weight: j = {j} is outside 1…{last} (layer {l})</source>
      <translation>权重：j = {j} 不在 1…{last} 之内（第 {l} 层）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>seed: expected a whole number ≥ 0, got {seed!r}</source>
      <translation>随机种子：应为 ≥ 0 的整数，实际为 {seed!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: expected a JSON object with sizes, activation, loss, weights and biases</source>
      <translation>network：应为含有 sizes、activation、loss、weights 和 biases 的 JSON 对象</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: unknown key {key!r}; the keys are {keys}</source>
      <translation>network：未知的键 {key!r}；可用的键为 {keys}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: missing 'sizes'</source>
      <translation>network：缺少 'sizes'</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>sizes: expected a list of layer sizes, got {raw!r}</source>
      <translation>sizes：应为各层神经元数的列表，实际为 {raw!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{where}: {value!r} is not a finite number</source>
      <translation>{where}：{value!r} 不是有限数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{name}: expected numbers, got {value!r}</source>
      <translation>{name}：应为数，实际为 {value!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>sizes[{k}]: {size} is not a whole number</source>
      <translation>sizes[{k}]：{size} 不是整数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: 'biases' without 'weights'</source>
      <translation>network：有 'biases' 却没有 'weights'</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{where}: holds a number too large for a float</source>
      <translation>{where}：含有超出浮点数范围的数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{at}: {value!r} is not a number</source>
      <translation>{at}：{value!r} 不是数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{at}: expected {count} entries, got {got} (sizes {sizes} need {shape} at {where})</source>
      <translation>{at}：应有 {count} 项，实际为 {got}（层大小 {sizes} 在 {where} 处需要 {shape}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: expected a non-empty list of numbers, got shape {shape}</source>
      <translation>{name}：应为非空的数列表，实际形状为 {shape}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: number {position} is not finite</source>
      <translation>{name}：第 {position} 个数不是有限数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: n must be a whole number in 1…{most}, got {value}</source>
      <translation>{name}：n 必须是 1…{most} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: noise must be a number in 0…{most:g}, got {value}</source>
      <translation>{name}：噪声必须是 0…{most:g} 之间的数，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: seed must be a whole number in 0…{most}, got {value}</source>
      <translation>{name}：随机种子必须是 0…{most} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: targets must be one of {names}, got {value}</source>
      <translation>{name}：targets 必须是 {names} 之一，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>digits: {path} holds images {images} and labels {labels}, not ({count}, 8, 8) and ({count},)</source>
      <translation>手写数字：{path} 中的图像为 {images}、标签为 {labels}，而不是 ({count}, 8, 8) 和 ({count},)</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>data: unknown data set {name!r}; choose one of {names}</source>
      <translation>数据：未知的数据集 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <source>data: {name} has 2 inputs but the input layer has {inputs} neurons</source>
      <translation>数据：{name} 有 2 个输入，但输入层有 {inputs} 个神经元</translation>
    </message>
    <message>
      <source>data: {name} has 2 classes; the output layer needs 1 or 2 neurons, not {outputs}</source>
      <translation>数据：{name} 有 2 个类别；输出层需要 1 或 2 个神经元，而不是 {outputs} 个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>one: give both x and y</source>
      <translation>one：请同时给出 x 和 y</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>targets: expected m × k rows, got shape {shape}</source>
      <translation>目标值：应为 m × k 的行，实际形状为 {shape}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>accuracy: outputs {outputs} and targets {targets} must be the same m × k rows</source>
      <translation>准确率：输出 {outputs} 和目标值 {targets} 必须是相同的 m × k 行</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>batch size: {batch_size!r} must be a whole number ≥ 0</source>
      <translation>批大小：{batch_size!r} 必须是 ≥ 0 的整数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>batch: iteration {k!r} must be a whole number ≥ 0</source>
      <translation>批量：迭代次数 {k!r} 必须是 ≥ 0 的整数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: expected a list of numbers, got {value!r}</source>
      <translation>{name}：应为数的列表，实际为 {value!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>digits: cannot read {path}: {exc}</source>
      <translation>手写数字：无法读取 {path}：{exc}</translation>
    </message>
    <message>
      <source>data: digits has 64 inputs (8×8 pixels) and 10 classes; the layer sizes must be 64,…,10, got {shown}</source>
      <translation>数据：手写数字有 64 个输入（8×8 像素）和 10 个类别；各层神经元数必须为 64,…,10，实际为 {shown}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: has no parameter {key!r}; it has {names}</source>
      <translation>{name}：没有参数 {key!r}；它的参数为 {names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/alpha_map.py" />
      <source>start: J or its gradient is not finite at ({w1:g}, {w2:g})</source>
      <translation>起点：J 或其梯度在 ({w1:g}, {w2:g}) 处不是有限数</translation>
    </message>
    <message>
      <source>MP4 needs the optional extra: pip install 'gdsim[video]' (imageio-ffmpeg)</source>
      <translation>MP4 需要可选组件：pip install 'gdsim[video]'（imageio-ffmpeg）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a PNG</source>
      <translation>一幅 PNG 图片</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>an SVG</source>
      <translation>一幅 SVG 图片</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a GIF</source>
      <translation>一个 GIF 动画</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>an MP4 video</source>
      <translation>一个 MP4 视频</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a CSV trace</source>
      <translation>一份 CSV 轨迹</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a JSON trace</source>
      <translation>一份 JSON 轨迹</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {place} is a file, not a folder, so {folder} cannot be made</source>
      <translation>保存到：{place} 是文件而不是文件夹，因此无法创建 {folder}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {text!r} is not A, A:B or A:B:K with numbers ≥ 0</source>
      <translation>状态：{text!r} 不是由 ≥ 0 的数构成的 A、A:B 或 A:B:K</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: the K of A:B:K must be at least 1</source>
      <translation>状态：A:B:K 中的 K 至少为 1</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {b} comes before {a}</source>
      <translation>状态：{b} 在 {a} 之前</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {b} is past the scenario's maximum of {limit} steps</source>
      <translation>状态：{b} 超过了场景的最大步数 {limit}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: more than {most} states</source>
      <translation>状态：多于 {most} 个状态</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>view: unknown {view!r}; choose one of {views}</source>
      <translation>视图：未知的 {view!r}；请从 {views} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>format: unknown {fmt!r}; choose one of {formats}</source>
      <translation>格式：未知的 {fmt!r}；请从 {formats} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>format: SVG is for the 2-D views ({views}), not {view}</source>
      <translation>格式：SVG 只用于二维视图（{views}），不能用于 {view}</translation>
    </message>
    <message>
      <source>view: the diagram exists in network mode only</source>
      <translation>视图：网络结构图只在网络模式中存在</translation>
    </message>
    <message>
      <source>view: the trace table exists in surface mode only</source>
      <translation>视图：轨迹表只在曲面模式中存在</translation>
    </message>
    <message>
      <source>size: {w}x{h} is outside 64x64 … 7680x4320</source>
      <translation>尺寸：{w}x{h} 不在 64x64 … 7680x4320 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: no states to export</source>
      <translation>状态：没有要导出的状态</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {count} states is more than {most}</source>
      <translation>状态：{count} 个状态多于 {most} 个</translation>
    </message>
    <message>
      <source>fps: {fps:g} is outside 0.1 … 120</source>
      <translation>帧率：{fps:g} 不在 0.1 … 120 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {suffix} is not a format gdsim writes; use {suffixes} (or, for PNG/SVG frames, a folder name without an extension)</source>
      <translation>保存到：{suffix} 不是 gdsim 能写出的格式；请使用 {suffixes}（PNG/SVG 逐帧图片则用不带扩展名的文件夹名）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} holds {count} frames of an earlier export; choose another folder, or replace them with --overwrite</source>
      <translation>保存到：{out} 中有之前导出的 {count} 帧；请换一个文件夹，或用 --overwrite 替换它们</translation>
    </message>
    <message>
      <source>out: cannot write in {place} ({reason})</source>
      <translation>保存到：无法在 {place} 中写入（{reason}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {text!r} is not A, A:B or A:B:K with whole numbers</source>
      <translation>状态：{text!r} 不是由整数构成的 A、A:B 或 A:B:K</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>size: {text!r} is not WIDTHxHEIGHT, e.g. 1280x800</source>
      <translation>尺寸：{text!r} 不是“宽x高”的形式，例如 1280x800</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {count} states of {FMT} go to a folder as frame-0000.{fmt}, …; give a folder name without {suffix} (or one state, e.g. --steps {first})</source>
      <translation>保存到：{count} 个 {FMT} 状态会以 frame-0000.{fmt}, … 保存到文件夹中；请给出不带 {suffix} 的文件夹名（或只导出一个状态，例如 --steps {first}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {name} ends in {suffix} but the format is {fmt}</source>
      <translation>保存到：{name} 以 {suffix} 结尾，但格式为 {fmt}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {what} goes to a file ending in .{fmt}, not {name!r}</source>
      <translation>保存到：{what}应保存为以 .{fmt} 结尾的文件，而不是 {name!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} is a file; frames go to a folder</source>
      <translation>保存到：{out} 是文件；逐帧图片应保存到文件夹</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} is a folder; {what} needs a file name</source>
      <translation>保存到：{out} 是文件夹；{what}需要一个文件名</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>J: must be text</source>
      <translation>J：必须是文本</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>superscript</source>
      <translation>上标</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>{what} needs a value before it</source>
      <translation>{what} 前面需要一个值</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>too long ({count} characters, at most {most})</source>
      <translation>太长（{count} 个字符，最多 {most} 个）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>empty: type a function of w1 and w2, e.g. w1^2 + w2^2</source>
      <translation>为空：请输入 w1 和 w2 的函数，例如 w1^2 + w2^2</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>{token!r} is not expected here</source>
      <translation>此处不应出现 {token!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>nested too deeply (more than {most} levels)</source>
      <translation>嵌套太深（超过 {most} 层）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>empty parentheses</source>
      <translation>空括号</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>',' is not expected here (every function takes one argument)</source>
      <translation>此处不应出现 ','（每个函数只接受一个参数）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{token}' needs a value after it</source>
      <translation>'{token}' 后面需要一个值</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>there is nothing to compute</source>
      <translation>没有可计算的内容</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{name}' needs '(' after it</source>
      <translation>'{name}' 后面需要 '('</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{name}' needs one argument</source>
      <translation>'{name}' 需要一个参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{name}' takes one argument</source>
      <translation>'{name}' 只接受一个参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'(' after '{name}' is never closed</source>
      <translation>'{name}' 后面的 '(' 没有闭合</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{text}' is not a real number</source>
      <translation>'{text}' 不是实数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{text}' is infinite or too large (over 1e300)</source>
      <translation>'{text}' 是无穷大或太大（超过 1e300）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>{token!r} has no matching '('</source>
      <translation>{token!r} 没有与之匹配的 '('</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>the powers combine to {power}, an exponent over {most}</source>
      <translation>各次幂合并为 {power}，指数超过了 {most}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'^' cannot follow a superscript power</source>
      <translation>'^' 不能跟在上标幂之后</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>exponent '{text}' is too large (at most {most} in size)</source>
      <translation>指数 '{text}' 太大（绝对值最多为 {most}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>about 10^±{digits:.0f}</source>
      <translation>约 10^±{digits:.0f}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>far beyond 10^300</source>
      <translation>远超 10^300</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{text}' is too large or too small ({size})</source>
      <translation>'{text}' 太大或太小（{size}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>number {token!r} is too large (over 1e300)</source>
      <translation>数 {token!r} 太大（超过 1e300）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'(' is never closed</source>
      <translation>'(' 没有闭合</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>division by zero</source>
      <translation>除以零</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>missing operator before {token!r}</source>
      <translation>{token!r} 前面缺少运算符</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>{label} is not a finite real number: it divides by zero or takes the log or root of a negative number</source>
      <translation>{label} 不是有限实数：其中有除以零，或对负数取对数或开方</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>{label} holds a number that is too large (over 1e300)</source>
      <translation>{label} 中含有太大的数（超过 1e300）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>J is too complex: its gradient would have about {size} parts (at most {most})</source>
      <translation>J 太复杂：它的梯度约有 {size} 个部分（最多 {most} 个）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>start {start!r} or bounds {bounds!r}: not numbers</source>
      <translation>起点 {start!r} 或范围 {bounds!r}：不是数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>{label} is not finite at the start {at}; choose another start or another J</source>
      <translation>{label} 在起点 {at} 处不是有限数；请换一个起点或换一个 J</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>J: {what} at position {index}</source>
      <translation>J：{what}（位置 {index}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>J: {what}</source>
      <translation>J：{what}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>unknown name {word!r}</source>
      <translation>未知的名称 {word!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>'.' outside a number (attribute access is not allowed)</source>
      <translation>数之外的 '.'（不允许访问属性）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>{char!r} is not allowed (no subscripts, lists or sets)</source>
      <translation>不允许使用 {char!r}（没有下标、列表或集合）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>quotes are not allowed (no strings)</source>
      <translation>不允许使用引号（没有字符串）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>character {char!r} is not allowed</source>
      <translation>不允许使用字符 {char!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>ask: {ask!r} does not apply to a {mode} scenario</source>
      <translation>ask：{ask!r} 不适用于 {mode} 场景</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>question: this page asks nothing</source>
      <translation>question：此页没有提问</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>at_step: the run stops at step {stop} ({status}) before {k}</source>
      <translation>at_step：运行在第 {stop} 步停止（{status}），到不了第 {k} 步</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>racer: {racer} but the scenario has {racers} racer(s), from 0</source>
      <translation>racer：{racer}，但场景只有 {racers} 个参赛者（从 0 开始编号）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>ask: {ask!r} is worked for one sample; the scenario's data is {data!r}</source>
      <translation>ask：{ask!r} 只针对单个样本计算；该场景的数据为 {data!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>layer, neuron, source: w^{l}_{i}{j} is not a weight of sizes {sizes}</source>
      <translation>layer, neuron, source：w^{l}_{i}{j} 不是层大小为 {sizes} 的网络中的权重</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: expected {count} numbers, got {got}</source>
      <translation>答案：应有 {count} 个数，实际为 {got} 个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>at_step: a point after a step needs at_step 1 or more</source>
      <translation>at_step：一步之后的点需要 at_step 为 1 或更大</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>ask: 'point' is worked with (3-12), so its racer must be sgd</source>
      <translation>ask：'point' 按 (3-12) 计算，因此参赛者必须是 sgd</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>layer: the weights of layer {layer}? layers 1 … {last} have weights</source>
      <translation>layer：第 {layer} 层的权重？只有第 1 … {last} 层有权重</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>layer, neuron: {layer}, {neuron} is not a neuron of layers 2 … {L} (sizes {sizes})</source>
      <translation>layer, neuron：{layer}, {neuron} 不是第 2 … {L} 层中的神经元（层大小 {sizes}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: expected 1 number, got {got}</source>
      <translation>答案：应有 1 个数，实际为 {got} 个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: {p!r} is not a finite number</source>
      <translation>答案：{p!r} 不是有限数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: {p!r} is not a number</source>
      <translation>答案：{p!r} 不是数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>lesson</source>
      <translation>课程文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>scenario</source>
      <translation>场景文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>lesson: no lesson {lesson_id!r}; lessons are {ids}</source>
      <translation>课程：没有课程 {lesson_id!r}；现有课程为 {ids}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected an object</source>
      <translation>{where}：应为一个对象</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: unknown key {key!r}; keys are {keys}</source>
      <translation>{where}：未知的键 {key!r}；可用的键为 {keys}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: missing {key!r}</source>
      <translation>{where}：缺少 {key!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected text in at least one of {languages}</source>
      <translation>{where}：至少需要 {languages} 之一的文本</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.{key}: expected a whole number from {lo} to {hi}, got {value!r}</source>
      <translation>{where}.{key}：应为 {lo} 到 {hi} 之间的整数，实际为 {value!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.ask: {ask!r} is not a question gdsim can check; one of {asks}</source>
      <translation>{where}.ask：{ask!r} 不是 gdsim 能检查的问题；应为 {asks} 之一</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.tolerance: expected a number from 0 up, got {tol!r}</source>
      <translation>{where}.tolerance：应为不小于 0 的数，实际为 {tol!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.show: {show!r} is not a view; one of {views}</source>
      <translation>{where}.show：{show!r} 不是视图；应为 {views} 之一</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected a built-in example's name or a scenario file</source>
      <translation>{where}：应为内置示例的名称或场景文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: {name} is not a scenario file</source>
      <translation>{where}：{name} 不是场景文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.scenario: the first page must name a scenario</source>
      <translation>{where}.scenario：第一页必须指定一个场景</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.view: {view!r} is not a view; one of {views}</source>
      <translation>{where}.view：{view!r} 不是视图；应为 {views} 之一</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.formulas: expected a list of at most 6 LaTeX formulas</source>
      <translation>{where}.formulas：应为最多 6 个 LaTeX 公式的列表</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>lesson: expected a JSON object at the top</source>
      <translation>课程：顶层应为一个 JSON 对象</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>id: expected a short name without spaces, e.g. "3.3.4"</source>
      <translation>id：应为不含空格的简短名称，例如 "3.3.4"</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>pages: expected a list of 1 to {most} pages</source>
      <translation>pages：应为 1 到 {most} 页的列表</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.{lang}: expected text of at most {most} characters</source>
      <translation>{where}.{lang}：文本最多 {most} 个字符</translation>
    </message>
    <message>
      <source>{name}: larger than {mb} MB</source>
      <translation>{name}：大于 {mb} MB</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: cannot be read ({reason})</source>
      <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
      <source>{name}: is not UTF-8 text</source>
      <translation>{name}：不是 UTF-8 文本</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{name}: not valid JSON ({at}); not a {what} file</source>
      <translation>{name}：不是有效的 JSON（{at}）；不是{what}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: no example named {name!r}; examples are {names}</source>
      <translation>{where}：没有名为 {name!r} 的示例；现有示例为 {names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: {exc}</source>
      <translation>{where}：{exc}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>{name}: {exc}</source>
      <translation>{name}：{exc}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>pages[{i}].question: {exc}</source>
      <translation>pages[{i}].question：{exc}</translation>
    </message>
    <message>
      <source>{key}: must be a finite number, not {value!r}</source>
      <translation>{key}：必须是有限数，而不是 {value!r}</translation>
    </message>
    <message>
      <source>{key}: {value:g} is out of range; it must lie in {low}, {high}</source>
      <translation>{key}：{value:g} 超出范围；必须在 {low}, {high} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>optimizer: unknown name {name!r}; choose one of {names}</source>
      <translation>优化器：未知的名称 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>{name}: has no hyper-parameter {key!r}; it has {names}</source>
      <translation>{name}：没有超参数 {key!r}；它的超参数为 {names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} is not a finite number</source>
      <translation>{name}：{text!r} 不是有限数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: expected {count} numbers separated by commas, got {got} in {text!r}</source>
      <translation>{name}：应为用逗号分隔的 {count} 个数，{text!r} 中却有 {got} 个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: must be {bound}, got {value}</source>
      <translation>{name}：必须 {bound}，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {value} is more than the limit of {limit}</source>
      <translation>{name}：{value} 超过了上限 {limit}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} is not a number</source>
      <translation>{name}：{text!r} 不是数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} — empty number at position {position}</source>
      <translation>{name}：{text!r}——第 {position} 个位置的数为空</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} is not a whole number</source>
      <translation>{name}：{text!r} 不是整数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name} (number {position})</source>
      <translation>{name}（第 {position} 个数）</translation>
    </message>
    <message>
      <source>gradient check: {work:,} path products for every parameter is more than {most:,}; pick single weights or a smaller network</source>
      <translation>梯度检验：对每个参数都求路径乘积共需 {work:,} 次，超过了 {most:,}；请选择单个权重或更小的网络</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>path: {neurons!r} is not a path from {name} to J</source>
      <translation>路径：{neurons!r} 不是从 {name} 到 J 的路径</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>path: sample {sample} is outside 1…{m}</source>
      <translation>路径：样本 {sample} 不在 1…{m} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>eps: {eps!r} must lie in (0, 1)</source>
      <translation>eps：{eps!r} 必须在 (0, 1) 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>{name}: {n:,} paths lead from it to J, more than the {most:,} shown one by one; backpropagation needs no paths at all</source>
      <translation>{name}：从它到 J 有 {n:,} 条路径，多于可逐条显示的 {most:,} 条；反向传播根本不需要逐条路径</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>{name}: {n:,} paths × {m} samples is more than {most:,} products; use fewer samples</source>
      <translation>{name}：{n:,} 条路径 × {m} 个样本超过了 {most:,} 次乘积；请使用更少的样本</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/phases.py" />
      <source>phase: {index} is outside 0…{last}</source>
      <translation>阶段：{index} 不在 0…{last} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/phases.py" />
      <source>step: unknown granularity {value!r}; choose one of {names}</source>
      <translation>单步：未知的粒度 {value!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <source>pytorch: no PyTorch optimizer written for {name!r}</source>
      <translation>pytorch：没有为 {name!r} 编写 PyTorch 优化器</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/pytorch_code.py" />
      <source>PyTorch is not installed; install it with: {command}</source>
      <translation>未安装 PyTorch；可用下面的命令安装：{command}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/pytorch_code.py" />
      <source>pytorch: training diverged at step {at}; no θ_{k} to run</source>
      <translation>pytorch：训练在第 {at} 步发散；没有 θ_{k} 可运行</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/modes.py" />
      <source>mode: unknown mode {mode!r}; choose one of {modes}</source>
      <translation>模式：未知的模式 {mode!r}；请从 {modes} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>step: {k} is outside 0…{max_steps}</source>
      <translation>步数：{k} 不在 0…{max_steps} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>phase: {phase} is outside 0…0 (this mode has no phases inside an iteration)</source>
      <translation>阶段：{phase} 不在 0…0 之内（此模式的一次迭代中没有阶段）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>phase: step {k} is the step limit; there is no iteration to be inside</source>
      <translation>阶段：第 {k} 步已是步数上限；没有可进入的迭代</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>phase: {phase} is outside 0…{last}</source>
      <translation>阶段：{phase} 不在 0…{last} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>nesting</source>
      <translation>嵌套过深</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{name} is not a number a scenario may hold</source>
      <translation>{name} 不是场景中允许的数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{where}: unknown key {key!r}</source>
      <translation>{where}：未知的键 {key!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{where}: expected an object of hyper-parameters</source>
      <translation>{where}：应为超参数对象</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>surface.racers: expected a list of {lo:g} to {hi:g} optimizers</source>
      <translation>surface.racers：应为 {lo:g} 到 {hi:g} 个优化器的列表</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.sizes: expected a list of layer sizes</source>
      <translation>network.sizes：应为各层神经元数的列表</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.weights: expected a network object</source>
      <translation>network.weights：应为网络对象</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{key}: missing or not a version number; this is not a gdsim {kind} file</source>
      <translation>{key}：缺失或不是版本号；这不是 gdsim {kind}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{key}: the file is version {version}, this gdsim reads up to {newest}; update gdsim to open it</source>
      <translation>{key}：文件版本为 {version}，此 gdsim 最多读取版本 {newest}；请更新 gdsim 后再打开</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>scenario: expected a JSON object at the top</source>
      <translation>场景：顶层应为一个 JSON 对象</translation>
    </message>
    <message>
      <source>mode: expected 'surface' or 'network', got {mode!r}</source>
      <translation>模式：应为 'surface' 或 'network'，实际为 {mode!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>line {line} column {column}</source>
      <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>surface: {exc}</source>
      <translation>曲面：{exc}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network: {exc}</source>
      <translation>网络：{exc}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: larger than {mb} MB</source>
      <translation>{path}：大于 {mb} MB</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/text_file.py" />
      <source>{path}: is not UTF-8 text</source>
      <translation>{path}：不是 UTF-8 文本</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{path}: not valid JSON ({where})</source>
      <translation>{path}：不是有效的 JSON（{where}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{path}: {exc}</source>
      <translation>{path}：{exc}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario_names.py" />
      <source>scenario: no file or example named {name!r}; examples are {names}</source>
      <translation>场景：没有名为 {name!r} 的文件或示例；现有示例为 {names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>start</source>
      <translation>起始点</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>lr</source>
      <translation>学习率</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>racers</source>
      <translation>参赛者</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>angle</source>
      <translation>角度</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>axes</source>
      <translation>坐标轴</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>steps</source>
      <translation>步数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>phase</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>history budget</source>
      <translation>历史记录内存预算</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>view</source>
      <translation>视图</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected a whole number, got {value}</source>
      <translation>应为整数，实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{value} is out of range; it must lie in {bounds}</source>
      <translation>{value} 超出范围；必须在 {bounds} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{where}: {wrong}</source>
      <translation>{where}：{wrong}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{where}: expected a list of numbers</source>
      <translation>{where}：应为数的列表</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected text, got {kind}</source>
      <translation>应为文本，实际为 {kind}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected text of at most {length} characters</source>
      <translation>文本最多 {length} 个字符</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{where}: expected {count} numbers</source>
      <translation>{where}：应有 {count} 个数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected a number, got {kind}</source>
      <translation>应为数，实际为 {kind}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{value!r} is not a finite number</source>
      <translation>{value!r} 不是有限数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>is more than {most}</source>
      <translation>超过了 {most}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {sizes!r} — need 2 to {most} layers (input and output included), got {count}</source>
      <translation>{where}：{sizes!r}——需要 2 到 {most} 层（含输入层和输出层），实际为 {count} 层</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {sizes!r} — {n:,} parameters is more than the limit of {most:,}</source>
      <translation>{where}：{sizes!r}——{n:,} 个参数超过了上限 {most:,}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>must be at least 1</source>
      <translation>至少应为 1</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: expected text like '3,4,2', got {text!r}</source>
      <translation>各层神经元数：应为形如 '3,4,2' 的文本，实际为 {text!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — need at least 2 layers (input and output)</source>
      <translation>各层神经元数：{quoted}——至少需要 2 层（输入层和输出层）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {size!r} at position {position} is not a whole number</source>
      <translation>{where}：第 {position} 个位置的 {size!r} 不是整数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {sizes!r} — size {size} at position {position} {what}</source>
      <translation>{where}：{sizes!r}——第 {position} 个位置的大小 {size} {what}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — empty size at position {position}</source>
      <translation>各层神经元数：{quoted}——第 {position} 个位置为空</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — size {size} at position {position} {what}</source>
      <translation>各层神经元数：{quoted}——第 {position} 个位置的大小 {size} {what}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — {part!r} at position {position} is not a whole number</source>
      <translation>各层神经元数：{quoted}——第 {position} 个位置的 {part!r} 不是整数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/surfaces.py" />
      <source>surface: unknown name {name!r}; choose one of {names}</source>
      <translation>曲面：未知的名称 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>x: {count} numbers but the input layer has {inputs} neurons</source>
      <translation>x：有 {count} 个数，但输入层有 {inputs} 个神经元</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>y: {count} numbers but the output layer has {outputs} neurons</source>
      <translation>y：有 {count} 个数，但输出层有 {outputs} 个神经元</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>axes: need two different parameters in 0…{last}</source>
      <translation>坐标轴：需要 0…{last} 中两个不同的参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>network: J is not finite for the starting weights</source>
      <translation>网络：初始权重下的 J 不是有限数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/vectors.py" />
      <source>direction: must be a non-zero finite vector</source>
      <translation>方向：必须是非零的有限向量</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/vectors.py" />
      <source>step vectors: give grad J at A and the step size α, or P</source>
      <translation>步长向量：请给出 A 处的 grad J 和步长 α，或给出 P</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Replace the earlier export?</source>
      <translation>替换之前的导出吗？</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>PNG or SVG of several states go to a folder as frame-0000.png, …</source>
      <translation>多个状态的 PNG 或 SVG 会以 frame-0000.png, … 保存到文件夹中</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Export frames to folder</source>
      <translation>将逐帧图片导出到文件夹</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Export to</source>
      <translation>导出到</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>export cancelled; no files were written</source>
      <translation>导出已取消；没有写入任何文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Cannot export</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>{out} holds {count} frames of an earlier export ({first} …).
Replace them? The folder will then hold exactly this export.</source>
      <translation>{out} 中有之前导出的 {count} 帧（{first} …）。
替换它们吗？替换后该文件夹中将只有这次导出的内容。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>{out} exists already.
Replace it?</source>
      <translation>{out} 已存在。
替换它吗？</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Exporting state {n} of {total}…</source>
      <translation>正在导出第 {n} 个状态，共 {total} 个…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Cannot open</source>
      <translation>无法打开</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The two landscape axes must be different weights.</source>
      <translation>景观的两个坐标轴必须是不同的权重。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/display.py" />
      <source>could not start a virtual X server (Xvfb ended at once)</source>
      <translation>无法启动虚拟 X 服务器（Xvfb 立即退出）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/export.py" />
      <source>out: cannot write {out} ({reason})</source>
      <translation>保存到：无法写入 {out}（{reason}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>activation: unknown name {name!r} at position {position}; choose from {names}</source>
      <translation>激活函数：第 {position} 个位置的名称 {name!r} 未知；可选 {names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>hyper-parameters: {part!r} needs the form name=value</source>
      <translation>超参数：{part!r} 应写成 名称=数值 的形式</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>hyper-parameters: unknown name {key!r}</source>
      <translation>超参数：未知的名称 {key!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>hyper-parameters: {optimizer} has no {key!r} (it takes {takes})</source>
      <translation>超参数：{optimizer} 没有 {key!r}（它接受 {takes}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>none besides α</source>
      <translation>除 α 外没有其他超参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Open scenario</source>
      <translation>打开场景</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Save scenario</source>
      <translation>保存场景</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Exported {count} file(s) to {where}</source>
      <translation>已导出 {count} 个文件到 {where}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Neurons per layer, input first, e.g. 3,4,2 (up to 784,128,10 and beyond)</source>
      <translation>每层的神经元数，从输入层开始，如 3,4,2（可达 784,128,10 乃至更大）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>mse: J = (1/m) Σ ½‖a^L − y‖² (3-19); cross_entropy: softmax output and mean cross-entropy</source>
      <translation>mse：J = (1/m) Σ ½‖a^L − y‖² (3-19)；cross_entropy：softmax 输出与平均交叉熵</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The one sample's input a¹ = x</source>
      <translation>单个样本的输入 a¹ = x</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The one sample's target y</source>
      <translation>单个样本的目标值 y</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Samples per iteration; 0 means all of them</source>
      <translation>每次迭代使用的样本数；0 表示全部样本</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>batch</source>
      <translation>批量</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The learning rate α of (3-12)</source>
      <translation>式 (3-12) 中的学习率 α</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The seed of the initial weights and of the data</source>
      <translation>初始权重和数据的随机种子</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Step and Play stop after this many iterations</source>
      <translation>单步和播放在这么多次迭代后停止</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The two weights whose loss landscape the 3-D view shows</source>
      <translation>三维视图所示损失曲面的两个权重坐标轴</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>One activation for every layer, or one per weight layer separated by commas: {names}</source>
      <translation>所有层用同一个激活函数，或每个权重层一个、以逗号分隔：{names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>{n} parameters, {w} of them weights</source>
      <translation>共 {n} 个参数，其中 {w} 个是权重</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Selected weight: {name}</source>
      <translation>已选权重：{name}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The function J(w1, w2) to descend</source>
      <translation>要下降的函数 J(w1, w2)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Type J using w1 and w2 (or x and y), + − * / ^, sin cos tan exp log sqrt abs tanh sinh cosh, pi, e. Press Enter to use it.</source>
      <translation>用 w1 和 w2（或 x 和 y）、+ − * / ^、sin cos tan exp log sqrt abs tanh sinh cosh、pi、e 写出 J，按回车键使用。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>e.g. w1^2 + 3 w2^2</source>
      <translation>例如 w1^2 + 3 w2^2</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The start A = (w1, w2); or click the contour view</source>
      <translation>起点 A = (w1, w2)；也可在等高线视图中单击选取</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The learning rate α of (3-12): w ← w − α ∂J/∂w</source>
      <translation>式 (3-12) 中的学习率 α：w ← w − α ∂J/∂w</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>{optimizer}'s hyper-parameters as name=value, separated by commas; empty means torch.optim's defaults: {shown}</source>
      <translation>{optimizer} 的超参数，写成 名称=值，以逗号分隔；留空则用 torch.optim 的默认值：{shown}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>{optimizer} has no hyper-parameters besides α</source>
      <translation>{optimizer} 除 α 外没有超参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>seed-bowl</source>
      <translation>教材的 J（碗形曲面）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>seed-paraboloid</source>
      <translation>教材的旋转抛物面</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>rosenbrock</source>
      <translation>Rosenbrock 函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>himmelblau</source>
      <translation>Himmelblau 函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>beale</source>
      <translation>Beale 函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>booth</source>
      <translation>Booth 函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>matyas</source>
      <translation>Matyas 函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>saddle</source>
      <translation>鞍面</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>six-hump-camel</source>
      <translation>六峰驼背函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>rastrigin</source>
      <translation>Rastrigin 函数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — layer {l}, neuron {i} (input: a = x)</source>
      <translation>{name}——第 {l} 层，第 {i} 个神经元（输入：a = x）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — layer {l}, neuron {i} (output: a = ŷ)</source>
      <translation>{name}——第 {l} 层，第 {i} 个神经元（输出：a = ŷ）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — layer {l}, neuron {i}</source>
      <translation>{name}——第 {l} 层，第 {i} 个神经元</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — from {a} to {b}</source>
      <translation>{name}——从 {a} 到 {b}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>b = {b} = {value}  (its bias, 3-18)</source>
      <translation>b = {b} = {value}（它的偏置，3-18）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>(sample 1 of the batch of {m}; ∂J/∂b sums over it)</source>
      <translation>（这批 {m} 个样本中的第 1 个；∂J/∂b 对整批求和）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: none in the input layer</source>
      <translation>{q}：输入层没有</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name}: not yet (shown from the backward pass)</source>
      <translation>{name}：尚未计算（反向传播开始后显示）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source> (summed over the batch of {m})</source>
      <translation>（对这批 {m} 个样本求和）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not computed yet (the backward pass is not here yet)</source>
      <translation>{q}：尚未计算（反向传播还没到这里）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not computed yet (the forward pass is not here yet)</source>
      <translation>{q}：尚未计算（前向传播还没到这里）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not yet (shown from the backward pass)</source>
      <translation>{q}：尚未计算（反向传播开始后显示）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not yet (shown from the update phase)</source>
      <translation>{q}：尚未计算（参数更新阶段显示）</translation>
    </message>
    <message>
      <source>ΔJ &gt; 0 although ∂J/∂l &lt; 0: the step h = {h:g} overshoots. ∂J/∂l is the slope at the point only; a whole step of length h along l passes the bottom of the valley and climbs the other side. A smaller h shows the decrease.</source>
      <translation>虽然 ∂J/∂l &lt; 0，ΔJ 却 &gt; 0：步长 h = {h:g} 迈过头了。∂J/∂l 只是该点处的斜率；沿 l 走长为 h 的一整步，会越过谷底爬上对面的坡。取更小的 h 即可看到 J 减小。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>ΔJ = J(P + h·l) − J(P) for the step length h</source>
      <translation>步长为 h 时的 ΔJ = J(P + h·l) − J(P)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>unit l</source>
      <translation>单位向量 l</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>ΔJ, step h</source>
      <translation>ΔJ（步长 h）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>Turn to choose your own direction l</source>
      <translation>转动以选择你自己的方向 l</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>The angle of l from the w1 axis, counter-clockwise</source>
      <translation>l 与 w1 轴的夹角，逆时针方向</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>The same step length h for every direction: ΔJ = J(P + h·l) − J(P)</source>
      <translation>每个方向取相同的步长 h：ΔJ = J(P + h·l) − J(P)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>your direction l at</source>
      <translation>你的方向 l 的角度</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>step length h</source>
      <translation>步长 h</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>angle of l (degrees)</source>
      <translation>l 的角度（度）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>At P{k} = {w}: grad J = {grad}, |grad J| = {norm}. The steepest descent is along −grad J/|grad J| = {steepest}.</source>
      <translation>在 P{k} = {w} 处：grad J = {grad}，|grad J| = {norm}。下降最快的方向是 −grad J/|grad J| = {steepest}。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>max |grad J| = {value} at {angle}° (grad J)</source>
      <translation>最大值 |grad J| = {value}，在 {angle}° 处（grad J 方向）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>min −|grad J| = {value} at {angle}° (−grad J)</source>
      <translation>最小值 −|grad J| = {value}，在 {angle}° 处（−grad J 方向）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>parameter</source>
      <translation>参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>backprop</source>
      <translation>反向传播结果</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>path sum (3-20)</source>
      <translation>路径求和 (3-20)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>central difference</source>
      <translation>中心差分</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>rel. error: path sum</source>
      <translation>相对误差：路径求和</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>rel. error: central</source>
      <translation>相对误差：中心差分</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>backprop agrees</source>
      <translation>反向传播结果一致</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>close (a kink such as ReLU at 0 can do this)</source>
      <translation>接近（ReLU 在 0 处这样的折点会造成这种差异）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>backprop DISAGREES</source>
      <translation>反向传播结果不一致！</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>Check gradients</source>
      <translation>检验梯度</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>Compare backprop's ∂J/∂θ with path sums and central differences at the current θ and batch</source>
      <translation>在当前 θ 和这批样本上，把反向传播得到的 ∂J/∂θ 与路径求和及中心差分比较</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>Press “Check gradients” to compare backpropagation with the chain rule along every path and with central differences.</source>
      <translation>按“检验梯度”，把反向传播与沿每条路径的链式法则及中心差分进行比较。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>largest relative error {error} — {verdict}. Checked {where} after step {k}, on the batch of {m}{note}; central differences with ε = {eps}.</source>
      <translation>最大相对误差 {error}——{verdict}。在第 {k} 步之后检验了{where}，使用这批 {m} 个样本{note}；中心差分取 ε = {eps}。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>{n} of {total} parameters, drawn at random (seed 0)</source>
      <translation>随机抽取的 {n} 个参数（共 {total} 个，随机种子 0）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>all {total} parameters</source>
      <translation>全部 {total} 个参数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>; path sums skipped for {n} (too many paths)</source>
      <translation>；其中 {n} 个参数跳过了路径求和（路径太多）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>θ changed since the check: press “Check gradients” again.</source>
      <translation>检验之后 θ 已改变：请再按一次“检验梯度”。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>Click an edge (a weight) in the network diagram: every path from it to J is listed here with its product, as in (3-20), and their sum is compared with backpropagation.</source>
      <translation>在网络图中单击一条连线（一个权重）：这里会列出从它到 J 的每条路径及其乘积，如式 (3-20)，并把它们的和与反向传播的结果比较。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>path to J</source>
      <translation>到 J 的路径</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>product (3-20)</source>
      <translation>乘积 (3-20)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>its factors</source>
      <translation>各因子</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>its factors (sample 1)</source>
      <translation>各因子（样本 1）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>it feeds the output</source>
      <translation>它直接连到输出层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>The path sum for {name} alone: {count} multiplications.</source>
      <translation>仅 {name} 一项的路径求和就需要 {count} 次乘法。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>The path sum for {name} alone: {count} multiplications per sample.</source>
      <translation>仅 {name} 一项的路径求和，每个样本就需要 {count} 次乘法。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>For the whole network ({n} parameters, one sample): backpropagation needs {backprop} multiplications (3-34 … 3-37), the path sums {paths}.</source>
      <translation>对整个网络（{n} 个参数，一个样本）：反向传播需要 {backprop} 次乘法 (3-34 … 3-37)，路径求和需要 {paths} 次。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>product (3-20), Σ over {m} samples</source>
      <translation>乘积 (3-20)，对 {m} 个样本求和</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>the weight from {a} to {b}</source>
      <translation>从 {a} 到 {b} 的权重</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>the bias of {a}</source>
      <translation>{a} 的偏置</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>{count} path to J</source>
      <translation>只有 {count} 条到 J 的路径</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>{count} paths to J</source>
      <translation>{count} 条到 J 的路径</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source> (rounding only: they are equal)</source>
      <translation>（只差舍入误差：两者相等）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>one neuron in layer {L}</source>
      <translation>经过第 {L} 层的一个神经元</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>one neuron in each of layers {first}…{L}</source>
      <translation>在第 {first}…{L} 层中各经过一个神经元</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>Σ paths = {paths} &amp;nbsp; backprop ∂J/∂{name} = {backprop} &amp;nbsp; difference {difference}</source>
      <translation>Σ 路径 = {paths} &amp;nbsp; 反向传播 ∂J/∂{name} = {backprop} &amp;nbsp; 差 {difference}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>… {n} more paths (all of them are in the sum)</source>
      <translation>… 另有 {n} 条路径（全部计入求和）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>Not listed: {reason}</source>
      <translation>未列出：{reason}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Whose trace the table shows</source>
      <translation>表中显示谁的轨迹</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Copy as printed</source>
      <translation>按打印格式复制</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Copy the trace in the seed's format: P:(-2,3) P1:(-1.6,2.2) …</source>
      <translation>按教材的格式复制轨迹：P:(-2,3) P1:(-1.6,2.2) …</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>&lt;b&gt;∂J/∂{name}&lt;/b&gt;, {what}: {paths} ({via})</source>
      <translation>&lt;b&gt;∂J/∂{name}&lt;/b&gt;，{what}：{paths}（{via}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>Click to start the descent from that point</source>
      <translation>单击某点，从那里开始下降</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>AP (the optimizer's step)</source>
      <translation>AP（优化器走的这一步）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/surface3d.py" />
      <source>Drag to orbit, wheel to zoom, Ctrl+drag to pan</source>
      <translation>拖动以旋转，滚轮缩放，Ctrl+拖动以平移</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Surface mode: descend J(w1, w2) (3.3.1–3.3.3). Network mode: forward, backward and update in a network (3.3.4–3.3.6)</source>
      <translation>曲面模式：沿 J(w1, w2) 下降 (3.3.1–3.3.3)。网络模式：在网络中做前向传播、反向传播和参数更新 (3.3.4–3.3.6)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Play speed: iterations per second</source>
      <translation>播放速度：每秒迭代次数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>The timeline: drag to revisit any step so far</source>
      <translation>时间轴：拖动可回到至今任意一步</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Inside one iteration</source>
      <translation>一次迭代之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>How far Next and Previous go: a whole phase (forward, backward, update) or one layer of it</source>
      <translation>“下一阶段”和“上一阶段”每次走多远：一个完整阶段（前向传播、反向传播、参数更新），或其中的一层</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Where the iteration stands: forward moves right, backward moves left, then the update</source>
      <translation>本次迭代进行到哪里：前向传播向右推进，反向传播向左推进，最后是参数更新</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>One step is one whole iteration: compute the gradient, then update the weights</source>
      <translation>一步就是一次完整的迭代：先求梯度，再更新权重</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/digits.json" />
      <source>Handwritten digits: a 64-32-10 network reads 8×8 images</source>
      <translation>手写数字：64-32-10 网络识别 8×8 图像</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/diverging-lr.json" />
      <source>A learning rate that diverges</source>
      <translation>发散的学习率</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-10-directions.json" />
      <source>Figure 3-10: three ways to jump from A</source>
      <translation>图 3-10：从 A 出发的三种跳法</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-11-negative-gradient.json" />
      <source>Figure 3-11: always jump along the negative gradient</source>
      <translation>图 3-11：总是沿负梯度方向跳</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-12-first-step.json" />
      <source>Figure 3-12: the first step down the surface</source>
      <translation>图 3-12：沿曲面向下的第一步</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-13-step-vectors.json" />
      <source>Figure 3-13: the first step on the plane, OP = OA − α·grad J</source>
      <translation>图 3-13：平面上的第一步，OP = OA − α·grad J</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-14-descent.json" />
      <source>Figure 3-14: twenty steps down the seed's valley</source>
      <translation>图 3-14：沿山谷向下的二十步</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-15-descent-contour.json" />
      <source>Figure 3-15: the twenty steps seen from above</source>
      <translation>图 3-15：从上方看这二十步</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-16-network.json" />
      <source>Figure 3-16: forward and backward through a 3-4-2 network</source>
      <translation>图 3-16：3-4-2 网络的前向与反向传播</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/himmelblau-starts.json" />
      <source>Himmelblau from four starts: four minima</source>
      <translation>Himmelblau 函数，四个起点：四个极小值</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/race-rosenbrock.json" />
      <source>Every optimizer racing down Rosenbrock's banana valley</source>
      <translation>各优化器沿 Rosenbrock 香蕉形山谷赛跑</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/xor.json" />
      <source>XOR: a 2-4-1 network learns what no line can separate</source>
      <translation>XOR：2-4-1 网络学会任何直线都分不开的问题</translation>
    </message>
    <message>
      <source>the diagram exists in network mode only</source>
      <translation>网络结构图只在网络模式中存在</translation>
    </message>
    <message>
      <source>the trace table exists in surface mode only</source>
      <translation>轨迹表只在曲面模式中存在</translation>
    </message>
    <message>
      <source>view: {only}</source>
      <translation>视图：{only}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>view: {view} exists in {mode} only</source>
      <translation>视图：{view} 只在{mode}中存在</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/view_names.py" />
      <source>surface mode</source>
      <translation>曲面模式</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/view_names.py" />
      <source>network mode</source>
      <translation>网络模式</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>At most {n} racers</source>
      <translation>最多 {n} 个参赛者</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>size: {w}x{h} is outside {lo_w}x{lo_h} … {hi_w}x{hi_h}</source>
      <translation>尺寸：{w}x{h} 不在 {lo_w}x{lo_h} … {hi_w}x{hi_h} 之内</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>gdsim scenarios ({patterns})</source>
      <translation>gdsim 场景 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>JSON files ({patterns})</source>
      <translation>JSON 文件 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>MP4 needs the optional extra 'video' (imageio-ffmpeg): {command}</source>
      <translation>MP4 需要可选组件 video（imageio-ffmpeg）：{command}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: cannot write in {place}: {reason}</source>
      <translation>保存到：无法在 {place} 中写入：{reason}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>you may not write there (permission denied)</source>
      <translation>你没有在那里写入的权限（permission denied）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>its file system is read-only</source>
      <translation>它所在的文件系统是只读的</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>there is no space left on its disk</source>
      <translation>它所在的磁盘已没有剩余空间</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>it is the kernel's {system!r} file system, which holds no files</source>
      <translation>它是内核的 {system!r} 文件系统，不能存放文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: the file is empty</source>
      <translation>{path}：文件是空的</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/alpha_map.py" />
      <source>{where}: {text!r} needs the form A:B:N (from A to B, N values)</source>
      <translation>{where}：{text!r} 应写成 A:B:N（从 A 到 B，共 N 个值）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/alpha_map.py" />
      <source>{where}: {text!r} runs from A to B; A must be less than B (or equal, with N = 1)</source>
      <translation>{where}：{text!r} 从 A 到 B；A 必须小于 B（或在 N = 1 时相等）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>J's second derivatives could not be formed</source>
      <translation>无法求出 J 的二阶导数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>optimizer: {name} needs the Hessian of J, which gdsim has for a surface only; a network trains with one of {names}</source>
      <translation>优化器：{name} 需要 J 的黑塞矩阵，而 gdsim 只对曲面提供它；网络请用以下之一训练：{names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>newton: no Hessian was handed to it (with_curvature)</source>
      <translation>newton：没有交给它黑塞矩阵（with_curvature）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/racing.py" />
      <source>{label}: H was not positive definite at {n} of {k} steps; those steps used |H|</source>
      <translation>{label}：在 {k} 步中有 {n} 步 H 不是正定的；这些步使用了 |H|</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>values</source>
      <translation>取值个数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>Reopened where you left off: {state}</source>
      <translation>已回到上次离开的位置：{state}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>step limit reached</source>
      <translation>已达到步数上限</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>step k = {k}</source>
      <translation>步数 k = {k}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>one iteration: {start} → {end}</source>
      <translation>一次迭代：{start} → {end}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>playing</source>
      <translation>播放中</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>diverged at step {k}</source>
      <translation>在第 {k} 步发散</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>converged at step {k}</source>
      <translation>在第 {k} 步收敛</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>{theta}: the whole iteration shown (Next ▸ walks it)</source>
      <translation>{theta}：显示整次迭代（“下一阶段 ▸”逐步讲解）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>J = {J}: the loss (3-19) on the whole data set at {theta}</source>
      <translation>J = {J}：{theta} 处整个数据集上的损失 (3-19)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Training digits: the network's answer above each image (green: right, red: wrong, with the true digit), and the accuracy on all training digits at θₖ</source>
      <translation>训练集中的手写数字：每幅图上方是网络的预测（绿色为正确，红色为错误并给出真实数字），标题为 θₖ 在全部训练样本上的准确率</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>all of it: forward, backward and update</source>
      <translation>全过程：前向传播、反向传播、参数更新</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Run this code with torch from θₖ and set torch's gradients and θₖ₊₁ beside gdsim's</source>
      <translation>从 θₖ 出发用 torch 运行这段代码，并把 torch 的梯度和 θₖ₊₁ 与 gdsim 的并列比较</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Press “Run in PyTorch” to run these lines with torch from θₖ and compare its gradients and θₖ₊₁ with gdsim's.</source>
      <translation>按“用 PyTorch 运行”，从 θₖ 出发用 torch 运行这些代码，并将其梯度和 θₖ₊₁ 与 gdsim 的结果比较。</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{where}: {name} has {inputs} inputs and 2 classes: the layer sizes must be {inputs},…,2 (e.g. {example}), or {inputs},…,1 for one 0/1 output; got {shown}</source>
      <translation>{where}：{name} 有 {inputs} 个输入和 2 个类别：各层神经元数必须为 {inputs},…,2（例如 {example}），或只用一个 0/1 输出时为 {inputs},…,1；实际为 {shown}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{where}: {name} has {inputs} inputs and {classes} classes: the layer sizes must be {inputs},…,{classes} (e.g. {example}); got {shown}</source>
      <translation>{where}：{name} 有 {inputs} 个输入和 {classes} 个类别：各层神经元数必须为 {inputs},…,{classes}（例如 {example}）；实际为 {shown}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>unknown {value!r}; choose one of {names}</source>
      <translation>未知的 {value!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>ΔJ &gt; 0 although ∂J/∂l &lt; 0: the step h = {h} overshoots. ∂J/∂l is the slope at the point only; a whole step of length h along l passes the bottom of the valley and climbs the other side. A smaller h shows the decrease.</source>
      <translation>虽然 ∂J/∂l &lt; 0，ΔJ 却 &gt; 0：步长 h = {h} 迈过头了。∂J/∂l 只是该点处的斜率；沿 l 走长为 h 的一整步，会越过谷底爬上对面的坡。取更小的 h 即可看到 J 减小。</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>data file</source>
      <translation>数据文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>target</source>
      <translation>目标列</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>test fraction</source>
      <translation>测试集比例</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name}: {value} is not a number</source>
      <translation>{where}：{name}：{value} 不是数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name}: {value!r} is not a number</source>
      <translation>{where}：{name}：{value!r} 不是数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name}: {value} is not a finite number</source>
      <translation>{where}：{name}：{value} 不是有限的数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: expected an object of names and values, like {{"w^1_11": 0.1, …}}</source>
      <translation>{where}：应为由名称和数值组成的对象，例如 {{"w^1_11": 0.1, …}}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name!r} is not a parameter of the network {sizes} (its parameters are {names})</source>
      <translation>{where}：{name!r} 不是网络 {sizes} 的参数（它的参数是 {names}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name} is missing (the network {sizes} has {count} parameters, {names})</source>
      <translation>{where}：缺少 {name}（网络 {sizes} 有 {count} 个参数：{names}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name} is given twice</source>
      <translation>{where}：{name} 出现了两次</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: line {line}: expected two columns, name,value; got {count}</source>
      <translation>{where}：第 {line} 行：应为两列 name,value，实际为 {count} 列</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: line {line}: {name} is given twice (first on line {first})</source>
      <translation>{where}：第 {line} 行：{name} 出现了两次（第一次在第 {first} 行）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>test J</source>
      <translation>测试集上的 J</translation>
    </message>
    <message>
      <source>training J: {label}</source>
      <translation>训练集上的 J：{label}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1: one column only; a data file needs feature columns and a target column, separated by commas</source>
      <translation>{path}：第 1 行：只有一列；数据文件需要用逗号分隔的特征列和一个目标列</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1: {count:,} feature columns, more than the limit of {most:,}</source>
      <translation>{path}：第 1 行：{count:,} 个特征列，超过上限 {most:,}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: no rows of data under the header</source>
      <translation>{path}：表头下没有数据行</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: column {column} ({name}): every row has the class {label!r}; a classifier needs at least 2 classes</source>
      <translation>{path}：第 {column} 列（{name}）：每一行的类别都是 {label!r}；分类器至少需要 2 个类别</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>½-squared error needs numbers as targets (class labels need cross-entropy)</source>
      <translation>½ 平方误差需要数值作为目标（类别标签需要交叉熵）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{count} classes</source>
      <translation>{count} 个类别</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>one number</source>
      <translation>一个数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>the layer sizes follow the data: {sizes} ({features} features in, {what} out)</source>
      <translation>层大小随数据调整为：{sizes}（输入 {features} 个特征，输出 {what}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: not UTF-8 text (byte {byte} of the line); save the file as UTF-8</source>
      <translation>{path}：第 {line} 行：不是 UTF-8 文本（该行第 {byte} 个字节）；请将文件另存为 UTF-8</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1, column {column}: the column has no name; the first row must name every column</source>
      <translation>{path}：第 1 行第 {column} 列：该列没有名称；第一行必须为每一列命名</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1, column {column}: {name!r} is a number; the first row must be a header naming the columns</source>
      <translation>{path}：第 1 行第 {column} 列：{name!r} 是数；第一行必须是为各列命名的表头</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1, column {column}: the column name {name!r} is given twice (first in column {first})</source>
      <translation>{path}：第 1 行第 {column} 列：列名 {name!r} 出现了两次（第一次在第 {first} 列）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: blank row; remove it (rows of data follow on line {next})</source>
      <translation>{path}：第 {line} 行：空行；请删除它（第 {next} 行还有数据）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: {count} columns, but the header has {width}</source>
      <translation>{path}：第 {line} 行：有 {count} 列，但表头有 {width} 列</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: more than {most:,} rows of data</source>
      <translation>{path}：第 {line} 行：数据超过 {most:,} 行</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): the cell is empty</source>
      <translation>{path}：第 {line} 行第 {column} 列（{name}）：单元格为空</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: no column named {target!r}; the columns are {names}</source>
      <translation>{path}：没有名为 {target!r} 的列；各列为 {names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): {cell!r} is not a number</source>
      <translation>{path}：第 {line} 行第 {column} 列（{name}）：{cell!r} 不是数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): {cell!r} is not a finite number</source>
      <translation>{path}：第 {line} 行第 {column} 列（{name}）：{cell!r} 不是有限的数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): more than {most:,} classes</source>
      <translation>{path}：第 {line} 行第 {column} 列（{name}）：类别超过 {most:,} 个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): {cell!r} is not a number; {why}</source>
      <translation>{path}：第 {line} 行第 {column} 列（{name}）：{cell!r} 不是数；{why}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>file: give the path of a CSV file</source>
      <translation>file：请给出一个 CSV 文件的路径</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>test fraction: {fraction:g} of {m} samples leaves {test} for the test and {train} for training; each needs at least 1</source>
      <translation>测试集比例：{m} 个样本的 {fraction:g} 留给测试集 {test} 个、训练集 {train} 个；两者都至少需要 1 个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.data: unknown data set {name!r}; choose one of {names}</source>
      <translation>network.data：未知的数据集 {name!r}；请选择 {names} 之一</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.data_file: missing; the data 'file' needs the path of a CSV file</source>
      <translation>network.data_file：缺失；数据“file”需要一个 CSV 文件的路径</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>data: 'file' needs a data file (network.data_file)</source>
      <translation>数据：“file”需要一个数据文件（network.data_file）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>data: {path} has {features} features and {outputs} outputs; the layer sizes must be {needed}, got {sizes}</source>
      <translation>数据：{path} 有 {features} 个特征和 {outputs} 个输出；层大小必须是 {needed}，实际为 {sizes}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>test fraction: the one sample cannot be split; choose a data set</source>
      <translation>测试集比例：单个样本无法划分；请选择一个数据集</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/digits-overfitting.json" />
      <source>Overfitting: the digits learnt from 180 images</source>
      <translation>过拟合：只从 180 张图像学习手写数字</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Copy the selected rows with every digit</source>
      <translation>复制所选各行（保留全部位数）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/alpha_limit.py" />
      <source>no limit on α here: no direction curves up (λmax ≤ 0)</source>
      <translation>此处 α 没有上限：没有向上弯曲的方向（λmax ≤ 0）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/alpha_limit.py" />
      <source>α = {lr} is not below 2/λmax = {limit}, the limit at the current point: along the most curved direction each step multiplies the distance to the bottom by 1 − αλmax = {factor}, so the descent does not converge from here. Try α below {limit}; α = 1/λmax = {half} is the fastest along that direction.</source>
      <translation>α = {lr} 不小于当前点的上限 2/λmax = {limit}：沿弯曲最大的方向，每一步把到谷底的距离乘以 1 − αλmax = {factor}，所以从这里下降不会收敛。请试一个小于 {limit} 的 α；α = 1/λmax = {half} 在该方向上最快。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/alpha_limit.py" />
      <source>α ≥ 2/λmax = {limit}: too large here</source>
      <translation>α ≥ 2/λmax = {limit}：在此处太大</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/alpha_limit.py" />
      <source>stable here for α &lt; 2/λmax = {limit}</source>
      <translation>此处 α &lt; 2/λmax = {limit} 时稳定</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Curvature</source>
      <translation>曲率</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>Eigen-directions of H</source>
      <translation>H 的特征方向</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>The Hessian's eigen-directions at the current point and an ellipse of the local quadratic, drawn while the curvature panel is open</source>
      <translation>当前点处黑塞矩阵的特征方向和局部二次函数的一个椭圆，在曲率面板打开时绘制</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>shrinks: closer, from the same side</source>
      <translation>缩小：从同一侧靠近</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>shrinks, but overshoots to the other side: a zig-zag</source>
      <translation>缩小，但越过到另一侧：之字形</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>bounces between two points for ever</source>
      <translation>在两点之间永远来回跳动</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>grows: the step moves away, and the descent diverges</source>
      <translation>增大：这一步走远了，下降发散</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>The factors are those of plain gradient descent (3-12) with this α; this racer steps by its own rule.</source>
      <translation>这些因子属于使用此 α 的普通梯度下降 (3-12)；这个参赛者按它自己的规则走步。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>This step, α = {lr}: along each eigen-direction the distance to the bottom of the local quadratic is multiplied by 1 − αλ:</source>
      <translation>这一步，α = {lr}：沿每个特征方向，到局部二次函数谷底的距离乘以 1 − αλ：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>Curvature at the current point</source>
      <translation>当前点的曲率</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>Eigenvalues and eigen-directions (H v = λ v):</source>
      <translation>特征值和特征方向（H v = λ v）：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>Gradient descent is stable for {limit}; α = 1/λmax = {half} lands on the bottom along the most curved direction in one step.</source>
      <translation>梯度下降在 {limit} 时稳定；α = 1/λmax = {half} 沿弯曲最大的方向一步落到谷底。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>H cannot be computed here (the numbers overflow).</source>
      <translation>此处无法计算 H（数值溢出）。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>none: H is not positive definite (no bowl here)</source>
      <translation>无：H 不是正定的（这里不是碗形）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/curvature_view.py" />
      <source>No limit on α: no direction curves up here (λmax ≤ 0).</source>
      <translation>α 没有上限：这里没有向上弯曲的方向（λmax ≤ 0）。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>α map</source>
      <translation>α 图</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/alpha_map_view.py" />
      <source>Steps to converge from A</source>
      <translation>从 A 出发收敛所需的步数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/alpha_map_view.py" />
      <source>Steps to converge from A with momentum, for each α and β (grey: no convergence). Click to set α and β to that value.</source>
      <translation>动量法从 A 出发、每个 α 和 β 收敛所需的步数（灰色：不收敛）。单击把 α 和 β 设为该值。</translation>
    </message>
    <message>
      <source>Steps to converge from A with gradient descent (3-12), for each α (×: no convergence). Click to set α to that value.</source>
      <translation>梯度下降 (3-12) 从 A 出发、每个 α 收敛所需的步数（×：不收敛）。单击把 α 设为该值。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/alpha_map_view.py" />
      <source>not converged in {k} steps</source>
      <translation>{k} 步内未收敛</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/alpha_map_view.py" />
      <source>converges in {k} steps</source>
      <translation>{k} 步收敛</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/alpha_map_view.py" />
      <source>diverges at step {k}</source>
      <translation>在第 {k} 步发散</translation>
    </message>
    <message>
      <location filename="../../assets/scenarios/ill-conditioned-valley.json" />
      <source>An ill-conditioned valley: gradient descent zig-zags, momentum and Newton do not</source>
      <translation>病态的山谷：梯度下降走之字形，动量法和牛顿法则不会</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>ask: 'alpha_limit' needs a direction that curves up (λmax &gt; 0) at {point}</source>
      <translation>ask：'alpha_limit' 需要在 {point} 处有向上弯曲的方向（λmax &gt; 0）</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected a list of {names} (each at most once), got {value!r}</source>
      <translation>{where}：应为由 {names} 组成的列表（每项至多一次），实际为 {value!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>{what}: expected a whole number from 0 to {far}, got {arg!r}</source>
      <translation>{what}：应为 0 到 {far} 之间的整数，得到的是 {arg!r}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>the run stops at step {stop} ({status}) before {k}</source>
      <translation>运行在第 {stop} 步（{status}）就停止了，到不了 {k}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>the surface names no minimum</source>
      <translation>这个曲面没有给出最小值点</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>steps_within: the run comes no closer than {d} in {k} steps</source>
      <translation>steps_within：运行 {k} 步内离最小值点最近也有 {d}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>diverged: the run does not diverge in {far} steps</source>
      <translation>diverged：运行在 {far} 步内没有发散</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>{what}: {i} is not one of 1 … {size}</source>
      <translation>{what}：{i} 不在 1 … {size} 之中</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>w: layer {l} has no weights</source>
      <translation>w：第 {l} 层没有权重</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>b: layer {l} has no biases</source>
      <translation>b：第 {l} 层没有偏置</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>an empty placeholder in braces; two braces write one</source>
      <translation>花括号中的占位符是空的；要写一个花括号请连写两个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>placeholder {name!r}: not a number gdsim computes in {mode} mode; one of {names}</source>
      <translation>占位符 {name!r}：不是 gdsim 在 {mode} 模式下计算的数；可用的有 {names}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>placeholder {name!r}: expected {least} to {most} arguments, got {got}</source>
      <translation>占位符 {name!r}：应有 {least} 到 {most} 个参数，得到 {got} 个</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>placeholder {spec!r}: the digits after ':' must be 1 … 12</source>
      <translation>占位符 {spec!r}：':' 后的有效数字位数必须是 1 … 12</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>steps_within: {arg!r} is not a distance</source>
      <translation>steps_within：{arg!r} 不是一个距离</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>{name}: layer {layer} is not one of 2 … {L}</source>
      <translation>{name}：第 {layer} 层不在 2 … {L} 之中</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.{lang}: {exc}</source>
      <translation>{where}.{lang}：{exc}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>✓ answered right / questions; shown: answers seen before they were typed</source>
      <translation>✓ 答对题数 / 题数；看过答案：输入之前就看过答案的题</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Counted as shown, not right: the answer was shown before you typed it.</source>
      <translation>记为“看过答案”，不算答对：你输入之前答案已经显示过了。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The worked answer; the question counts as shown, not right</source>
      <translation>完整解答；这道题记为“看过答案”，不算答对</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/handout.py" />
      <source>Hint</source>
      <translation>提示</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>What to compute and with which formula; asked again, the worked answer</source>
      <translation>要算什么、用哪个公式；再按一次给出完整解答</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Try again, or ask for a hint.</source>
      <translation>再试一次，或者看看提示。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The answer was shown before</source>
      <translation>之前已看过答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>{n} shown</source>
      <translation>看过答案 {n} 题</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{P} = {prev} − α·grad J({prev})   (3-12): first grad J at {prev}, then take α = {lr} times it away from {prev}</source>
      <translation>{P} = {prev} − α·grad J({prev})   (3-12)：先求 {prev} 处的 grad J，再从 {prev} 减去它的 α = {lr} 倍</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>∂J/∂{w} = {a}·{d}   (3-34): find the sign of {d}; the update {w} ← {w} − α·∂J/∂{w} (3-12) moves {w} against the sign of ∂J/∂{w}</source>
      <translation>∂J/∂{w} = {a}·{d}   (3-34)：求出 {d} 的符号；更新 {w} ← {w} − α·∂J/∂{w} (3-12) 让 {w} 朝 ∂J/∂{w} 符号的反方向移动</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>Put {P} into J = {formula}</source>
      <translation>把 {P} 代入 J = {formula}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>∂J/∂l = grad J · l = |grad J| |l| cos θ   (3-9): grad J at {P} dot l = (cos {angle}°, sin {angle}°)</source>
      <translation>∂J/∂l = grad J · l = |grad J| |l| cos θ   (3-9)：{P} 处的 grad J 与 l = (cos {angle}°, sin {angle}°) 的点积</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>After the weight a path passes one neuron of every layer after layer {next}: multiply the sizes of those layers</source>
      <translation>经过这个权重之后，路径在第 {next} 层之后的每一层各经过一个神经元：把这些层的神经元数相乘</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{z} = Σⱼ w{up}{i}ⱼ a{up}ⱼ + b{up}{i} over layer {prev}   (3-18), then {a} = f({z}) with f(z) = {f}</source>
      <translation>{z} = Σⱼ w{up}{i}ⱼ a{up}ⱼ + b{up}{i}，对第 {prev} 层求和   (3-18)，再算 {a} = f({z})，其中 f(z) = {f}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{d} = (Σₖ δ{next}ₖ w{up}ₖ{i})·f′(z)   (3-36): each δ of layer {n} times the weight from this neuron, added, times f′(z) = {prime}</source>
      <translation>{d} = (Σₖ δ{next}ₖ w{up}ₖ{i})·f′(z)   (3-36)：第 {n} 层的每个 δ 乘以从这个神经元出发的权重，相加，再乘以 f′(z) = {prime}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>Take the update (3-12) of every weight and bias, run the forward pass (3-18) with θ{k} and put the outputs into J = ½ Σ (a − y)²   (3-19)</source>
      <translation>按 (3-12) 更新每个权重和偏置，用 θ{k} 再做一次前向传播 (3-18)，把输出代入 J = ½ Σ (a − y)²   (3-19)</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>Put the outputs into J = ½ Σ (a − y)²   (3-19)</source>
      <translation>把输出代入 J = ½ Σ (a − y)²   (3-19)</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{d} = ({a} − y{i})·f′(z)   (3-37), with f′(z) = {prime}</source>
      <translation>{d} = ({a} − y{i})·f′(z)   (3-37)，其中 f′(z) = {prime}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>grad J = (∂J/∂w1, ∂J/∂w2): differentiate J = {formula} by w1 and by w2, then put in the coordinates of {P}</source>
      <translation>grad J = (∂J/∂w1, ∂J/∂w2)：对 J = {formula} 分别求关于 w1 和 w2 的偏导数，再代入 {P} 的坐标</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>From file…</source>
      <translation>来自文件…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>Data from a file</source>
      <translation>来自文件的数据</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>numbers</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>{file}: {rows} rows, {features} features, target {target} ({names})</source>
      <translation>{file}：{rows} 行，{features} 个特征，目标列 {target}（{names}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>CSV files ({patterns})</source>
      <translation>CSV 文件（{patterns}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>The target column {name!r} holds class labels: the loss is now cross-entropy.</source>
      <translation>目标列 {name!r} 是类别标签：损失已改为交叉熵。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The fraction of the samples held out as a test set, drawn with the seed: the loss curve shows its J; 0: none</source>
      <translation>留作测试集的样本比例（按种子抽取）：损失曲线会显示它的 J；0 表示不留</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>From file… ({name})</source>
      <translation>来自文件…（{name}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Import θ…</source>
      <translation>导入 θ…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Export θ…</source>
      <translation>导出 θ…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Edit θ…</source>
      <translation>编辑 θ…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ₀ set ({what}): the run starts anew from it</source>
      <translation>已设定 θ₀（{what}）：运行从它重新开始</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ edited at step {k} ({what}): the run starts anew from it as θ₀; the {k} steps before are dropped</source>
      <translation>在第 {k} 步编辑了 θ（{what}）：运行以它为 θ₀ 重新开始；之前的 {k} 步已舍弃</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Edit θ</source>
      <translation>编辑 θ</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Import θ</source>
      <translation>导入 θ</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Export θ</source>
      <translation>导出 θ</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Read every weight and bias (w^1_11 … b^2_2) from a JSON or CSV file and start the run from them</source>
      <translation>从 JSON 或 CSV 文件读取每个权重和偏置（w^1_11 … b^2_2），并从它们开始运行</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Write every weight and bias of θ at this step to a JSON or CSV file</source>
      <translation>把这一步 θ 的每个权重和偏置写入 JSON 或 CSV 文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>A table of every weight and bias: type a value to start the run from it</source>
      <translation>每个权重和偏置的表格：输入一个值，运行就从它开始</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>{name} = {value}</source>
      <translation>{name} = {value}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>{name} (the run starts anew from the new θ):</source>
      <translation>{name}（运行将从新的 θ 重新开始）：</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Cannot import θ</source>
      <translation>无法导入 θ</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Cannot export θ</source>
      <translation>无法导出 θ</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ at step {k} written to {path}</source>
      <translation>第 {k} 步的 θ 已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ files ({patterns})</source>
      <translation>θ 文件（{patterns}）</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>θ: every weight and bias</source>
      <translation>θ：每个权重和偏置</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>value</source>
      <translation>值</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>θ at step {k}. Type a value: the run starts anew from the edited θ as θ₀.</source>
      <translation>第 {k} 步的 θ。输入一个值：运行将以编辑后的 θ 为 θ₀ 重新开始。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Samples</source>
      <translation>样本</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>training J</source>
      <translation>训练集上的 J</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>sample</source>
      <translation>样本</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>predicted</source>
      <translation>预测</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>true class</source>
      <translation>真实类别</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>accuracy {percent} % of {count} training samples at step k = {k}</source>
      <translation>在步数 k = {k} 时，{count} 个训练样本的准确率为 {percent} %</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>output a^L_1 and target y of the first samples at step k = {k}</source>
      <translation>步数 k = {k} 时前几个样本的输出 a^L_1 与目标 y</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>output a^L_1</source>
      <translation>输出 a^L_1</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/decision.py" />
      <source>Colour: the network's output neuron 1 at each point of the plane. Dots: the data, blue where neuron 1 should be high, orange elsewhere. With more than two classes: the class the network predicts at each point, and each sample in its true class's colour.</source>
      <translation>颜色：平面上每一点处网络输出层第 1 个神经元的值。圆点：数据，应使第 1 个神经元取高值的为蓝色，其余为橙色。多于两个类别时：颜色是网络在每一点预测的类别，每个样本画成其真实类别的颜色。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>target y</source>
      <translation>目标 y</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>left the range at step {k}</source>
      <translation>在第 {k} 步离开了范围</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/descent.py" />
      <source>|grad J| = {norm:.3g} at ({w1:.6g}, {w2:.6g}), far outside the surface's range</source>
      <translation>在 ({w1:.6g}, {w2:.6g}) 处 |grad J| = {norm:.3g}，远在曲面的范围之外</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/racing.py" />
      <source>{label}: {detail}</source>
      <translation>{label}：{detail}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>divergence factor</source>
      <translation>发散倍数</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>divergence steps</source>
      <translation>发散步数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/surface3d.py" />
      <source>left the view</source>
      <translation>离开了视图</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} exists; choose another name, or replace it with --overwrite</source>
      <translation>out：{out} 已存在；请换一个名字，或用 --overwrite 替换它</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} holds files that are not frames of an export ({first}); frames go to a new or empty folder</source>
      <translation>out：{out} 里有不是导出帧的文件（{first}）；帧只写入新的或空的文件夹</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Sharpness</source>
      <translation>锐度</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/sharpness_view.py" />
      <source>Sharpness: λmax of the Hessian of J(θ_k) on the whole data set at each step, beside 2/α: gradient descent is stable only while λmax &lt; 2/α</source>
      <translation>锐度：每一步在整个数据集上 J(θ_k) 的黑塞矩阵的 λmax，旁边是 2/α：只有当 λmax &lt; 2/α 时梯度下降才稳定</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/alpha_map_view.py" />
      <source>Steps to converge from A with gradient descent (3-12), for each α (×: diverged in red, the step limit in grey). Click to set α to that value.</source>
      <translation>梯度下降 (3-12) 从 A 出发、每个 α 收敛所需的步数（×：红色为发散，灰色为达到步数上限）。单击把 α 设为该值。</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/views/alpha_map_view.py" />
      <source>Steps to converge from A: drawn once the lesson's question is answered</source>
      <translation>从 A 出发收敛所需的步数：回答课程的问题后再画出</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>H = the second derivatives of J = {formula}: differentiate grad J once more, by w1 and by w2, at {P}; its eigenvalues λ solve det(H − λI) = 0</source>
      <translation>H 是 J = {formula} 的二阶导数：在 {P} 处把 grad J 再对 w1 和 w2 各求一次导；它的特征值 λ 满足 det(H − λI) = 0</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>Find λmax, the largest eigenvalue of H at {P}: a step multiplies the distance to the bottom along its direction by 1 − αλmax, and the descent converges only while |1 − αλmax| &lt; 1, that is for α &lt; 2/λmax</source>
      <translation>先求 {P} 处 H 的最大特征值 λmax：沿它的方向，每一步把到谷底的距离乘以 1 − αλmax，只有 |1 − αλmax| &lt; 1，即 α &lt; 2/λmax 时下降才收敛</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/handout.py" />
      <source>Answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/handout.py" />
      <source>Answer key</source>
      <translation>参考答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/handout.py" />
      <source>Class</source>
      <translation>班级</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a PDF</source>
      <translation>PDF 文件</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/handout.py" />
      <source>out: cannot write {out}</source>
      <translation>out：无法写入 {out}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_locks.py" />
      <source>the start</source>
      <translation>起点</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_locks.py" />
      <source>the optimizer</source>
      <translation>优化器</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_locks.py" />
      <source>{what} is locked on this lesson page, so that the whole class sees the same run</source>
      <translation>{what}在这一课页上已锁定，好让全班看到同一次运行</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Save lesson state…</source>
      <translation>保存课程状态…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Saved the lesson state to {path}</source>
      <translation>课程状态已保存到 {path}</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_state.py" />
      <source>{path}: cannot be written ({reason})</source>
      <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
      <source>One file with the lesson, the page, the run as it stands and the page's locks, to hand out</source>
      <translation>一个文件，含课程、当前页、此刻的运行和本页的锁定，可发给学生</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>right</source>
      <translation>答对</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>shown</source>
      <translation>看过答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>not answered</source>
      <translation>未作答</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Export answers…</source>
      <translation>导出答案…</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Wrote {csv} and {pdf}</source>
      <translation>已写入 {csv} 和 {pdf}</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>Page</source>
      <translation>页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>Question</source>
      <translation>题目</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>Your answers</source>
      <translation>你的答案</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>Attempts</source>
      <translation>尝试次数</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/answer_sheet.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Each question with your answers, attempts and whether the answer was shown, as CSV and PDF</source>
      <translation>每道题及你的答案、尝试次数和是否看过答案，导出为 CSV 和 PDF</translation>
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>page: {number} is not a page of lesson {id!r}; it has pages 1 to {last}</source>
      <translation>page：{number} 不是课程 {id!r} 的一页；它有第 1 到 {last} 页</translation>
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Network diagram</source>
      <translation>网络结构图</translation>
    </message>
  </context>
</TS>
