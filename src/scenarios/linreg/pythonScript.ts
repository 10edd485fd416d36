import { roundTrip } from '../../format/number';
import type { LinregSettings } from './linreg';

const list = (values: readonly number[]) => `[${values.map(roundTrip).join(', ')}]`;

/**
 * The seed article's script with the current settings filled in. Run with numpy, it prints the
 * same lines as the page's "Training log" (the engine sums as numpy does).
 */
export function pythonScript(settings: LinregSettings): string {
  const { data, w, b, learningRate, epochs, every } = settings;
  return `# Simple linear regression trained by batch gradient descent, exported from Descent.
# Running it prints the same lines as Descent's "Training log" for these settings.
import numpy as np

X = np.array(${list(data.map((p) => p.x))}, dtype=float)
y = np.array(${list(data.map((p) => p.y))}, dtype=float)

w = ${roundTrip(w)}
b = ${roundTrip(b)}
learning_rate = ${roundTrip(learningRate)}
epochs = ${epochs}
m = len(X)

for epoch in range(epochs):
    y_pred = w * X + b
    loss = np.mean((y - y_pred) ** 2)
    dw = -(2 / m) * np.sum(X * (y - y_pred))
    db = -(2 / m) * np.sum(y - y_pred)
    w -= learning_rate * dw
    b -= learning_rate * db
    if epoch % ${every} == 0:
        print(f"Epoch {epoch}, Loss={loss:.6f}, w={w:.6f}, b={b:.6f}")

print("\\nTraining finished")
print(f"Final parameters: w={w:.6f}, b={b:.6f}")
`;
}
