<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>gdsim</name>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Computing the steps up to where the file stands…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Opening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/controller.py" />
      <source>Opening cancelled; the run is as it was</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>Data from a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>{file}: {rows} rows, {features} features, target {target} ({names})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>CSV files ({patterns})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/data_choice.py" />
      <source>The target column {name!r} holds class labels: the loss is now cross-entropy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>One state (e.g. 5), or A:B for the states after A … B iterations, or A:B:K for every K-th</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source> frames/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>for ever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>the current phase's formula, with its numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Write a caption under an exported view (not the whole window)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>what</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>states</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>GIF/MP4 speed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>GIF loops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>caption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Replace the earlier export?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>PNG or SVG of several states go to a folder as frame-0000.png, …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Export frames to folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>export cancelled; no files were written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Cannot export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>{out} holds {count} frames of an earlier export ({first} …).
Replace them? The folder will then hold exactly this export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>{out} exists already.
Replace it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export_dialog.py" />
      <source>Exporting state {n} of {total}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Open recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Examples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Open scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Save scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Cannot open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Cannot save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Saved {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>{name}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>(none yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>Exported {count} file(s) to {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>gdsim scenarios ({patterns})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/file_menu.py" />
      <source>JSON files ({patterns})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/language.py" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/language.py" />
      <source>Show gdsim in this language (at once; remembered)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/layouts.py" />
      <source>Surface: J(w1, w2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/layouts.py" />
      <source>Network: backpropagation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Lesson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Lessons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Open lesson file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_dock.py" />
      <source>Cannot open the lesson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Your prediction: numbers separated by commas, e.g. -1.6, 2.2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>up ↑</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>down ↓</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Compare your prediction with what gdsim computes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>◂ Previous page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Next page ▸</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>✓ answered right / questions; shown: answers seen before they were typed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Counted as shown, not right: the answer was shown before you typed it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The previous page of the lesson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The next page of the lesson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Show answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The worked answer; the question counts as shown, not right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Hint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>What to compute and with which formula; asked again, the worked answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Right!</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>gdsim computes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The computation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Not quite.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Your answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Try again, or ask for a hint.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Counted right only when exact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Answered right before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Type your prediction first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Could not read your answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Page {0} / {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>The answer was shown before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>Counted right within</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/lesson_panel.py" />
      <source>{n} shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>&amp;Run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>untitled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>{name} — {mode} — gdsim</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/main_window.py" />
      <source>Reopened where you left off: {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/menus.py" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/menus.py" />
      <source>Presentation size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Neurons per layer, input first, e.g. 3,4,2 (up to 784,128,10 and beyond)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>mse: J = (1/m) Σ ½‖a^L − y‖² (3-19); cross_entropy: softmax output and mean cross-entropy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>What the network learns from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The one sample's input a¹ = x</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The one sample's target y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>How many samples the generated set has</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>How much noise the generated set has</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>noise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Samples per iteration; 0 means all of them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The fraction of the samples held out as a test set, drawn with the seed: the loss curve shows its J; 0: none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The learning rate α of (3-12)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The seed of the initial weights and of the data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Step and Play stop after this many iterations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Click an edge in the diagram to put its weight on an axis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The two weights whose loss landscape the 3-D view shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>→ axis 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>→ axis 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Show the loss landscape over the weight clicked in the diagram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>layer sizes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>activation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>samples n</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>test fraction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>batch size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>optimizer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>hyper-parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>maximum steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>landscape axis 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>landscape axis 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>XOR is always its four corners: n does not apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The digits are real images, not generated: noise does not apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The two landscape axes must be different weights.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>One activation for every layer, or one per weight layer separated by commas: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>The digits are the 1,797 bundled images: n does not apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>{n} parameters, {w} of them weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>Selected weight: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>From file… ({name})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Import θ…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Export θ…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Edit θ…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ₀ set ({what}): the run starts anew from it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ edited at step {k} ({what}): the run starts anew from it as θ₀; the {k} steps before are dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Edit θ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Import θ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Export θ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Read every weight and bias (w^1_11 … b^2_2) from a JSON or CSV file and start the run from them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Write every weight and bias of θ at this step to a JSON or CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>A table of every weight and bias: type a value to start the run from it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>{name} = {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>{name} (the run starts anew from the new θ):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Cannot import θ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>Cannot export θ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ at step {k} written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/own_numbers.py" />
      <source>θ files ({patterns})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/presentation.py" />
      <source>Leave presentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>the whole window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Contour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>contour view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Loss curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>loss curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Trace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>trace table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Directions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Formula</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Chain rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Gradient check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>Decision region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>In PyTorch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>3-D view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/registry.py" />
      <source>network diagram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Surface mode: descend J(w1, w2) (3.3.1–3.3.3). Network mode: forward, backward and update in a network (3.3.4–3.3.6)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source> steps/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Play speed: iterations per second</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>The timeline: drag to revisit any step so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>One step is one whole iteration: compute the gradient, then update the weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Inside one iteration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>by phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>by layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>How far Next and Previous go: a whole phase (forward, backward, update) or one layer of it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Where the iteration stands: forward moves right, backward moves left, then the update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source> speed </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source> step </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/run_bar.py" />
      <source>iterations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/status_line.py" />
      <source>the last finite state is shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>step limit reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>step k = {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>one iteration: {start} → {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>diverged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>converged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>playing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>left the range at step {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>diverged at step {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/steps.py" />
      <source>converged at step {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>seed-bowl</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>seed-paraboloid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>rosenbrock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>himmelblau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>beale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>booth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>matyas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>saddle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>six-hump-camel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>rastrigin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>no hyper-parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>This racer's colour in every view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>This racer's own start (w1, w2); empty: the common start A</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>start A</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>This racer's own α; empty: the common α</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>common α</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Remove this racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The function J(w1, w2) to descend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Type J using w1 and w2 (or x and y), + − * / ^, sin cos tan exp log sqrt abs tanh sinh cosh, pi, e. Press Enter to use it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>e.g. w1^2 + 3 w2^2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The start A = (w1, w2); or click the contour view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The learning rate α of (3-12): w ← w − α ∂J/∂w</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>surface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Racers: one optimizer each, from its own start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Add racer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Another racer: an optimizer not yet racing, from the common start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>{optimizer}'s hyper-parameters as name=value, separated by commas; empty means torch.optim's defaults: {shown}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>Tick to add a racer with this optimizer from the common start; untick to remove its racers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>A run needs one racer: tick another optimizer first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>{optimizer} has no hyper-parameters besides α</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>The last racer stays: a run needs one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>At most {n} racers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>Update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>{theta}: the whole iteration shown (Next ▸ walks it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>Forward: layer {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/text.py" />
      <source>Backward:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>θ: every weight and bias</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>parameter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/theta_table.py" />
      <source>θ at step {k}. Type a value: the run starts anew from the edited θ as θ₀.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>The path leaves the drawn box here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>What the contour view draws (also on right-click)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>Click to start the descent from that point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/contour.py" />
      <source>AP (the optimizer's step)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/decision.py" />
      <source>decision region needs 2 inputs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/decision.py" />
      <source>a&lt;sup&gt;L&lt;/sup&gt;&lt;sub&gt;1&lt;/sub&gt; (output neuron 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/decision.py" />
      <source>Colour: the network's output neuron 1 at each point of the plane. Dots: the data, blue where neuron 1 should be high, orange elsewhere. With more than two classes: the class the network predicts at each point, and each sample in its true class's colour.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>show all edges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Draw every edge as a line, also between wide layers (slower)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Δw is shown in the update phase; showing w.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Neurons:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Edges:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>follow the phase (a, then δ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>a  (activation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>z  (weighted input)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>follow the phase (w, ∂J/∂w, Δw)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>w  (weight)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>∂J/∂w  (gradient)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>Δw  (last update)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>neurons:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram.py" />
      <source>edges:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_digits.py" />
      <source>sample 1 as an {s}×{s} image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — layer {l}, neuron {i} (input: a = x)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>all of it shown — Next ▸ walks it phase by phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>Hover a neuron or an edge for its values; click to select.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — layer {l}, neuron {i} (output: a = ŷ)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — layer {l}, neuron {i}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>J = {J}: the loss (3-19) on the whole data set at {theta}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>… {s} neurons ({n} drawn)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name} — from {a} to {b}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>b = {b} = {value}  (its bias, 3-18)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>(sample 1 of the batch of {m}; ∂J/∂b sums over it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>Neurons show sample 1 of the batch of {m}; edges show the whole batch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>Wide layers: the weight matrix as a band (rows: source neuron j, columns: target i); lines for the {n} strongest edges.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: none in the input layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{name}: not yet (shown from the backward pass)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source> (summed over the batch of {m})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not computed yet (the backward pass is not here yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not computed yet (the forward pass is not here yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not yet (shown from the backward pass)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/diagram_values.py" />
      <source>{q}: not yet (shown from the update phase)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Training digits: the network's answer above each image (green: right, red: wrong, with the true digit), and the accuracy on all training digits at θₖ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>digits: no network yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>training digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Digits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/digits_view.py" />
      <source>Samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>ΔJ &gt; 0 although ∂J/∂l &lt; 0: the step h = {h} overshoots. ∂J/∂l is the slope at the point only; a whole step of length h along l passes the bottom of the valley and climbs the other side. A smaller h shows the decrease.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>ΔJ = J(P + h·l) − J(P) for the step length h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>unit l</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>ΔJ, step h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>Turn to choose your own direction l</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>The angle of l from the w1 axis, counter-clockwise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>The same step length h for every direction: ΔJ = J(P + h·l) − J(P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>your direction l at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>step length h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>angle of l (degrees)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>At P{k} = {w}: grad J = {grad}, |grad J| = {norm}. The steepest descent is along −grad J/|grad J| = {steepest}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>max |grad J| = {value} at {angle}° (grad J)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/directions.py" />
      <source>min −|grad J| = {value} at {angle}° (−grad J)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>In matrices:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>&lt;b&gt;Click a neuron or an edge&lt;/b&gt; in the network diagram to see the formula that computes it in the current phase, with the numbers of this iteration filled in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>({n} more)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{x} is {shape}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source> summed over the batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>not plain 3-12</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Forward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>then</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>no update: the run has stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>all of it: forward, backward and update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{phase} — for one neuron or edge; &lt;b&gt;click another&lt;/b&gt; in the diagram to see its formula</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Forward: {z} and {a}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward: {delta} from the layer after it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>and {grad}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>No update to show: the run has diverged or reached its last step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Update by {optimizer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Neuron {name} (layer {l}, neuron {i})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Weight {name} (from {a} to {b})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The input layer has no δ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{w} carries {a} into {z}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward: {delta} of the output layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{optimizer} does not step by −α {grad} alone (it keeps a state of past gradients); its actual change is Δ = {d}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>A batch of m = {m} samples: values of a sample are those of sample 1; gradients sum over the batch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>J depends on the weights, not on a z of the input layer: backpropagation stops at δ².</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>{x} and {y} are {shape}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Backward: {delta} (softmax with cross-entropy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>the result {shape} like {w}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>the change Δ = {d}; in PyTorch: loss.backward() then optimizer.step()</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Shapes: a¹ is 1×{n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>term j = {j} of the sum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>all {shape}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>−α {grad} would be {v}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The forward pass has not reached layer {l} yet in this iteration: these are the numbers it will find.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>The backward pass has not reached layer {l} yet: these are the numbers it will find.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/formula.py" />
      <source>Waits for {delta}: the backward pass has not reached it yet; these are the numbers it will find.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>backprop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>path sum (3-20)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>central difference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>rel. error: path sum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>rel. error: central</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>backprop agrees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>close (a kink such as ReLU at 0 can do this)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>backprop DISAGREES</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>Check gradients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>Compare backprop's ∂J/∂θ with path sums and central differences at the current θ and batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>Press “Check gradients” to compare backpropagation with the chain rule along every path and with central differences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>largest relative error {error} — {verdict}. Checked {where} after step {k}, on the batch of {m}{note}; central differences with ε = {eps}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>{n} of {total} parameters, drawn at random (seed 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>all {total} parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>; path sums skipped for {n} (too many paths)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/gradcheck.py" />
      <source>θ changed since the check: press “Check gradients” again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>step k (iterations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>Log scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>Show J on a logarithmic axis (only when every J is positive)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>training J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/loss_curve.py" />
      <source>test J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>Click an edge (a weight) in the network diagram: every path from it to J is listed here with its product, as in (3-20), and their sum is compared with backpropagation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>path to J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>product (3-20)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>its factors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>its factors (sample 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>it feeds the output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>The path sum for {name} alone: {count} multiplications.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>The path sum for {name} alone: {count} multiplications per sample.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>For the whole network ({n} parameters, one sample): backpropagation needs {backprop} multiplications (3-34 … 3-37), the path sums {paths}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>product (3-20), Σ over {m} samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>the weight from {a} to {b}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>the bias of {a}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>{count} path to J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>{count} paths to J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>&lt;b&gt;∂J/∂{name}&lt;/b&gt;, {what}: {paths} ({via})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source> (rounding only: they are equal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>one neuron in layer {L}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>one neuron in each of layers {first}…{L}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>Σ paths = {paths} &amp;nbsp; backprop ∂J/∂{name} = {backprop} &amp;nbsp; difference {difference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>… {n} more paths (all of them are in the sum)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/paths_view.py" />
      <source>Not listed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>The lines and what gdsim showed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Iteration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>beside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>largest difference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>The PyTorch program for this network and this iteration; Copy copies it whole, data included</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Copy the whole program to the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Run in PyTorch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Run this code with torch from θₖ and set torch's gradients and θₖ₊₁ beside gdsim's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>PyTorch is not installed, so the code cannot be run here. Install the CPU build with:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Running in PyTorch…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>more parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Press “Run in PyTorch” to run these lines with torch from θₖ and compare its gradients and θₖ₊₁ with gdsim's.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>Could not run it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/pytorch_view.py" />
      <source>(or simply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>sample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>predicted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>true class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>output a^L_1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>target y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>accuracy {percent} % of {count} training samples at step k = {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/samples_view.py" />
      <source>output a^L_1 and target y of the first samples at step k = {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/surface3d.py" />
      <source>Drag to orbit, wheel to zoom, Ctrl+drag to pan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/surface3d.py" />
      <source>left the view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Copy the selected rows with every digit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Whose trace the table shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Copy as printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/views/trace_table.py" />
      <source>Copy the trace in the seed's format: P:(-2,3) P1:(-1.6,2.2) …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/window_state.py" />
      <source>Some remembered settings could not be read and were ignored: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/activations.py" />
      <source>y: with cross_entropy each target must be probabilities summing to 1; sample {sample} sums to {total:g}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/activations.py" />
      <source>{where}: unknown activation {name!r}; choose one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/activations.py" />
      <source>{where}: unknown loss {name!r}; choose one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/alpha_map.py" />
      <source>start: J or its gradient is not finite at ({w1:g}, {w2:g})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/alpha_map.py" />
      <source>{where}: {text!r} needs the form A:B:N (from A to B, N values)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/alpha_map.py" />
      <source>{where}: {text!r} runs from A to B; A must be less than B (or equal, with N = 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>parameter: {k} is outside 0…{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>activation: expected a name or a list of names, got {activation!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>activation: {count} names but the network has {n} weight layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{name}: expected {count} entries (one per weight layer) for sizes {sizes}, got {got}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{where}: shape {shape} but sizes {sizes} need {needed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>x: expected samples as rows of {S1} numbers, got shape {shape}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>x: {count} numbers per sample but the input layer has {S1} neurons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>y: expected targets as rows of {SL} numbers, got shape {shape}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>y: {count} numbers per sample but the output layer has {SL} neurons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>y: {targets} targets for {samples} samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{name}: holds a number that is not finite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>activation: {count} names for {layers} weight layers (sizes {sizes})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>theta: shape {shape} but sizes {sizes} need ({n},)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>theta: parameter {bad} is not finite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>vector: shape {shape} but the network has {needed} parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>theta: shape {shape} but the network needs {needed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>weight: layer l = {l} is outside 1…{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>weight: i = {i} is outside 1…{last} (layer {layer})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>weight: j = {j} is outside 1…{last} (layer {l})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>seed: expected a whole number ≥ 0, got {seed!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: expected a JSON object with sizes, activation, loss, weights and biases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: unknown key {key!r}; the keys are {keys}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: missing 'sizes'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>sizes: expected a list of layer sizes, got {raw!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{where}: {value!r} is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{name}: expected numbers, got {value!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>sizes[{k}]: {size} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>network: 'biases' without 'weights'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{where}: holds a number too large for a float</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{at}: {value!r} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/architecture.py" />
      <source>{at}: expected {count} entries, got {got} (sizes {sizes} need {shape} at {where})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: larger than {mb} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1: one column only; a data file needs feature columns and a target column, separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1: {count:,} feature columns, more than the limit of {most:,}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: no rows of data under the header</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: column {column} ({name}): every row has the class {label!r}; a classifier needs at least 2 classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: the file is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>½-squared error needs numbers as targets (class labels need cross-entropy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{count} classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>one number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>the layer sizes follow the data: {sizes} ({features} features in, {what} out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: cannot be read ({reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: not UTF-8 text (byte {byte} of the line); save the file as UTF-8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1, column {column}: the column has no name; the first row must name every column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1, column {column}: {name!r} is a number; the first row must be a header naming the columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line 1, column {column}: the column name {name!r} is given twice (first in column {first})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: blank row; remove it (rows of data follow on line {next})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: {count} columns, but the header has {width}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}: more than {most:,} rows of data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): the cell is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: no column named {target!r}; the columns are {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): {cell!r} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): {cell!r} is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): more than {most:,} classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/data_file.py" />
      <source>{path}: line {line}, column {column} ({name}): {cell!r} is not a number; {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: expected a non-empty list of numbers, got shape {shape}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: number {position} is not finite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: n must be a whole number in 1…{most}, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: noise must be a number in 0…{most:g}, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: seed must be a whole number in 0…{most}, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: targets must be one of {names}, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>digits: {path} holds images {images} and labels {labels}, not ({count}, 8, 8) and ({count},)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>data: unknown data set {name!r}; choose one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>data: {name} has 2 inputs but the input layer has {inputs} neurons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>data: {name} has 2 classes; the output layer needs 1 or 2 neurons, not {outputs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>one: give both x and y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>file: give the path of a CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>targets: expected m × k rows, got shape {shape}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>accuracy: outputs {outputs} and targets {targets} must be the same m × k rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>test fraction: {fraction:g} of {m} samples leaves {test} for the test and {train} for training; each needs at least 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>batch size: {batch_size!r} must be a whole number ≥ 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>batch: iteration {k!r} must be a whole number ≥ 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: expected a list of numbers, got {value!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>digits: cannot read {path}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>data: digits has 64 inputs (8×8 pixels) and 10 classes; the layer sizes must be 64,…,10, got {shown}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>{name}: has no parameter {key!r}; it has {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/datasets.py" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/descent.py" />
      <source>|grad J| = {norm:.3g} at ({w1:.6g}, {w2:.6g}), far outside the surface's range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a PNG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>an SVG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a GIF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>an MP4 video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a CSV trace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>a JSON trace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>MP4 needs the optional extra 'video' (imageio-ffmpeg): {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: cannot write in {place}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} exists; choose another name, or replace it with --overwrite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {place} is a file, not a folder, so {folder} cannot be made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>you may not write there (permission denied)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {text!r} is not A, A:B or A:B:K with numbers ≥ 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: the K of A:B:K must be at least 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {b} comes before {a}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {b} is past the scenario's maximum of {limit} steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: more than {most} states</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>view: unknown {view!r}; choose one of {views}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>format: unknown {fmt!r}; choose one of {formats}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>format: SVG is for the 2-D views ({views}), not {view}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>view: {view} exists in {mode} only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>size: {w}x{h} is outside {lo_w}x{lo_h} … {hi_w}x{hi_h}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: no states to export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {count} states is more than {most}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {suffix} is not a format gdsim writes; use {suffixes} (or, for PNG/SVG frames, a folder name without an extension)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} holds {count} frames of an earlier export; choose another folder, or replace them with --overwrite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>its file system is read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>steps: {text!r} is not A, A:B or A:B:K with whole numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>size: {text!r} is not WIDTHxHEIGHT, e.g. 1280x800</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {count} states of {FMT} go to a folder as frame-0000.{fmt}, …; give a folder name without {suffix} (or one state, e.g. --steps {first})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {name} ends in {suffix} but the format is {fmt}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {what} goes to a file ending in .{fmt}, not {name!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} is a file; frames go to a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} is a folder; {what} needs a file name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>out: {out} holds files that are not frames of an export ({first}); frames go to a new or empty folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>there is no space left on its disk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/exporting.py" />
      <source>it is the kernel's {system!r} file system, which holds no files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>J: must be text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>superscript</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>{what} needs a value before it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>too long ({count} characters, at most {most})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>empty: type a function of w1 and w2, e.g. w1^2 + w2^2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>{token!r} is not expected here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>nested too deeply (more than {most} levels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>empty parentheses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>',' is not expected here (every function takes one argument)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{token}' needs a value after it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>there is nothing to compute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{name}' needs '(' after it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{name}' needs one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{name}' takes one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'(' after '{name}' is never closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{text}' is not a real number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{text}' is infinite or too large (over 1e300)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>{token!r} has no matching '('</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>the powers combine to {power}, an exponent over {most}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'^' cannot follow a superscript power</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>exponent '{text}' is too large (at most {most} in size)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>about 10^±{digits:.0f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>far beyond 10^300</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'{text}' is too large or too small ({size})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>number {token!r} is too large (over 1e300)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>'(' is never closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>division by zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/parser.py" />
      <source>missing operator before {token!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>{label} is not a finite real number: it divides by zero or takes the log or root of a negative number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>{label} holds a number that is too large (over 1e300)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>J is too complex: its gradient would have about {size} parts (at most {most})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>J's second derivatives could not be formed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>start {start!r} or bounds {bounds!r}: not numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/surface.py" />
      <source>{label} is not finite at the start {at}; choose another start or another J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>J: {what} at position {index}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>J: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>unknown name {word!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>'.' outside a number (attribute access is not allowed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>{char!r} is not allowed (no subscripts, lists or sets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>quotes are not allowed (no strings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/expr/tokens.py" />
      <source>character {char!r} is not allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>question: this page asks nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{P} = {prev} − α·grad J({prev})   (3-12): first grad J at {prev}, then take α = {lr} times it away from {prev}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>∂J/∂{w} = {a}·{d}   (3-34): find the sign of {d}; the update {w} ← {w} − α·∂J/∂{w} (3-12) moves {w} against the sign of ∂J/∂{w}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>Put {P} into J = {formula}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>∂J/∂l = grad J · l = |grad J| |l| cos θ   (3-9): grad J at {P} dot l = (cos {angle}°, sin {angle}°)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>After the weight a path passes one neuron of every layer after layer {next}: multiply the sizes of those layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{z} = Σⱼ w{up}{i}ⱼ a{up}ⱼ + b{up}{i} over layer {prev}   (3-18), then {a} = f({z}) with f(z) = {f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{d} = (Σₖ δ{next}ₖ w{up}ₖ{i})·f′(z)   (3-36): each δ of layer {n} times the weight from this neuron, added, times f′(z) = {prime}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>grad J = (∂J/∂w1, ∂J/∂w2): differentiate J = {formula} by w1 and by w2, then put in the coordinates of {P}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>Take the update (3-12) of every weight and bias, run the forward pass (3-18) with θ{k} and put the outputs into J = ½ Σ (a − y)²   (3-19)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>Put the outputs into J = ½ Σ (a − y)²   (3-19)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_hints.py" />
      <source>{d} = ({a} − y{i})·f′(z)   (3-37), with f′(z) = {prime}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>ask: {ask!r} does not apply to a {mode} scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>at_step: the run stops at step {stop} ({status}) before {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>racer: {racer} but the scenario has {racers} racer(s), from 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>ask: {ask!r} is worked for one sample; the scenario's data is {data!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>layer, neuron, source: w^{l}_{i}{j} is not a weight of sizes {sizes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: expected {count} numbers, got {got}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>at_step: a point after a step needs at_step 1 or more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>ask: 'point' is worked with (3-12), so its racer must be sgd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>layer: the weights of layer {layer}? layers 1 … {last} have weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>layer, neuron: {layer}, {neuron} is not a neuron of layers 2 … {L} (sizes {sizes})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: expected 1 number, got {got}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: {p!r} is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_keys.py" />
      <source>answer: {p!r} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>{what}: expected a whole number from 0 to {far}, got {arg!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>the run stops at step {stop} ({status}) before {k}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>the surface names no minimum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>steps_within: the run comes no closer than {d} in {k} steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>diverged: the run does not diverge in {far} steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>{what}: {i} is not one of 1 … {size}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>w: layer {l} has no weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>b: layer {l} has no biases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>an empty placeholder in braces; two braces write one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>placeholder {name!r}: not a number gdsim computes in {mode} mode; one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>placeholder {name!r}: expected {least} to {most} arguments, got {got}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>placeholder {spec!r}: the digits after ':' must be 1 … 12</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>steps_within: {arg!r} is not a distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lesson_numbers.py" />
      <source>{name}: layer {layer} is not one of 2 … {L}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>lesson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>lesson: no lesson {lesson_id!r}; lessons are {ids}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected an object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: unknown key {key!r}; keys are {keys}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: missing {key!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected text in at least one of {languages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.{key}: expected a whole number from {lo} to {hi}, got {value!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.ask: {ask!r} is not a question gdsim can check; one of {asks}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.tolerance: expected a number from 0 up, got {tol!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.show: {show!r} is not a view; one of {views}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected a built-in example's name or a scenario file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: {name} is not a scenario file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: expected a list of {names} (each at most once), got {value!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.scenario: the first page must name a scenario</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.view: {view!r} is not a view; one of {views}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.formulas: expected a list of at most 6 LaTeX formulas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>lesson: expected a JSON object at the top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>id: expected a short name without spaces, e.g. "3.3.4"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>pages: expected a list of 1 to {most} pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.{lang}: expected text of at most {most} characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{name}: larger than {mb} MB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{name}: is not UTF-8 text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{name}: not valid JSON ({at}); not a {what} file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: no example named {name!r}; examples are {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>{where}.{lang}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/lessons.py" />
      <source>pages[{i}].question: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/modes.py" />
      <source>mode: unknown mode {mode!r}; choose one of {modes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>optimizer: {name} needs the Hessian of J, which gdsim has for a surface only; a network trains with one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>newton: no Hessian was handed to it (with_curvature)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>optimizer: unknown name {name!r}; choose one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/optimizers.py" />
      <source>{name}: has no hyper-parameter {key!r}; it has {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: expected {count} numbers separated by commas, got {got} in {text!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: must be {bound}, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {value} is more than the limit of {limit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} — empty number at position {position}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name}: {text!r} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/parse.py" />
      <source>{name} (number {position})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>path: {neurons!r} is not a path from {name} to J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>path: sample {sample} is outside 1…{m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>eps: {eps!r} must lie in (0, 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>{name}: {n:,} paths lead from it to J, more than the {most:,} shown one by one; backpropagation needs no paths at all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/paths.py" />
      <source>{name}: {n:,} paths × {m} samples is more than {most:,} products; use fewer samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/phases.py" />
      <source>phase: {index} is outside 0…{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/phases.py" />
      <source>step: unknown granularity {value!r}; choose one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/pytorch_code.py" />
      <source>PyTorch is not installed; install it with: {command}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/pytorch_code.py" />
      <source>pytorch: training diverged at step {at}; no θ_{k} to run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/racing.py" />
      <source>{label}: H was not positive definite at {n} of {k} steps; those steps used |H|</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/racing.py" />
      <source>{label}: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>step: {k} is outside 0…{max_steps}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>phase: {phase} is outside 0…0 (this mode has no phases inside an iteration)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>phase: step {k} is the step limit; there is no iteration to be inside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/run.py" />
      <source>phase: {phase} is outside 0…{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>nesting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{name} is not a number a scenario may hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{where}: unknown key {key!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{where}: expected an object of hyper-parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>surface.racers: expected a list of {lo:g} to {hi:g} optimizers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.sizes: expected a list of layer sizes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.weights: expected a network object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.data: unknown data set {name!r}; choose one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network.data_file: missing; the data 'file' needs the path of a CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{key}: missing or not a version number; this is not a gdsim {kind} file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{key}: the file is version {version}, this gdsim reads up to {newest}; update gdsim to open it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>scenario: expected a JSON object at the top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>line {line} column {column}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>surface: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>network: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{path}: is not UTF-8 text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{path}: not valid JSON ({where})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario.py" />
      <source>{path}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/scenario_names.py" />
      <source>scenario: no file or example named {name!r}; examples are {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>lr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>racers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>angle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>data file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>axes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>divergence factor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>divergence steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected a whole number, got {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{value} is out of range; it must lie in {bounds}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{where}: {wrong}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{where}: expected a list of numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected text, got {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected text of at most {length} characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{where}: expected {count} numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>expected a number, got {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/settings.py" />
      <source>{value!r} is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>is more than {most}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {sizes!r} — need 2 to {most} layers (input and output included), got {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {sizes!r} — {n:,} parameters is more than the limit of {most:,}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>must be at least 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: expected text like '3,4,2', got {text!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — need at least 2 layers (input and output)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {size!r} at position {position} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>{where}: {sizes!r} — size {size} at position {position} {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — empty size at position {position}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — size {size} at position {position} {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/sizes.py" />
      <source>layer sizes: {quoted} — {part!r} at position {position} is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/surfaces.py" />
      <source>surface: unknown name {name!r}; choose one of {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name}: {value} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name}: {value} is not a finite number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: expected an object of names and values, like {{"w^1_11": 0.1, …}}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name!r} is not a parameter of the network {sizes} (its parameters are {names})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name} is missing (the network {sizes} has {count} parameters, {names})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name} is given twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: line {line}: expected two columns, name,value; got {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: line {line}: {name} is given twice (first on line {first})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/theta.py" />
      <source>{where}: {name}: {value!r} is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>data: 'file' needs a data file (network.data_file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>x: {count} numbers but the input layer has {inputs} neurons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>y: {count} numbers but the output layer has {outputs} neurons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>data: {path} has {features} features and {outputs} outputs; the layer sizes must be {needed}, got {sizes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>test fraction: the one sample cannot be split; choose a data set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>axes: need two different parameters in 0…{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/training.py" />
      <source>network: J is not finite for the starting weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/vectors.py" />
      <source>direction: must be a non-zero finite vector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/vectors.py" />
      <source>step vectors: give grad J at A and the step size α, or P</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/view_names.py" />
      <source>surface mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/core/view_names.py" />
      <source>network mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/display.py" />
      <source>could not start a virtual X server (Xvfb ended at once)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/export.py" />
      <source>out: cannot write {out} ({reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/network_panel.py" />
      <source>activation: unknown name {name!r} at position {position}; choose from {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>hyper-parameters: {part!r} needs the form name=value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>hyper-parameters: unknown name {key!r}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>hyper-parameters: {optimizer} has no {key!r} (it takes {takes})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../gdsim/ui/surface_panel.py" />
      <source>none besides α</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/digits-overfitting.json" />
      <source>Overfitting: the digits learnt from 180 images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/digits.json" />
      <source>Handwritten digits: a 64-32-10 network reads 8×8 images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/diverging-lr.json" />
      <source>A learning rate that diverges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-10-directions.json" />
      <source>Figure 3-10: three ways to jump from A</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-11-negative-gradient.json" />
      <source>Figure 3-11: always jump along the negative gradient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-12-first-step.json" />
      <source>Figure 3-12: the first step down the surface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-13-step-vectors.json" />
      <source>Figure 3-13: the first step on the plane, OP = OA − α·grad J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-14-descent.json" />
      <source>Figure 3-14: twenty steps down the seed's valley</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-15-descent-contour.json" />
      <source>Figure 3-15: the twenty steps seen from above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/fig-3-16-network.json" />
      <source>Figure 3-16: forward and backward through a 3-4-2 network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/himmelblau-starts.json" />
      <source>Himmelblau from four starts: four minima</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/race-rosenbrock.json" />
      <source>Every optimizer racing down Rosenbrock's banana valley</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../assets/scenarios/xor.json" />
      <source>XOR: a 2-4-1 network learns what no line can separate</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
