import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/components/lessons/progress';
import { useDescent } from '../../src/store/descentStore';
import { renderApp } from './helpers';

const region = () => screen.getByRole('region', { name: 'Lesson' });

async function openLessons(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Lessons' }));
  return screen.findByRole('dialog', { name: 'Lessons' });
}

describe('lessons', () => {
  it('lists each lesson with its progress; starting one moves the focus to its first card', async () => {
    const { user } = renderApp();
    const dialog = await openLessons(user);
    const buttons = within(dialog).getAllByRole('button', { name: /Not started/ });
    expect(buttons).toHaveLength(6);
    await user.click(within(dialog).getByRole('button', { name: /The SSR curve and its slope/ }));
    const lesson = await screen.findByRole('region', { name: 'Lesson' });
    expect(within(lesson).getByText('Card 1 of 4')).toBeInTheDocument();
    await waitFor(() => expect(within(lesson).getByRole('heading', { name: 'The SSR curve' })).toHaveFocus());
    expect(useDescent.getState().lesson).toEqual({ id: 'ssr-slope', card: 1 });
  });

  it('Next and Back move the focus to the heading; a task card opens Next once done, or is skipped', async () => {
    const { user } = renderApp();
    await user.click(within(await openLessons(user)).getByRole('button', { name: /^The SSR curve/ }));
    await user.click(
      within(await screen.findByRole('region', { name: 'Lesson' })).getByRole('button', { name: 'Next' }),
    );
    expect(within(region()).getByRole('heading', { name: 'Which way is downhill?' })).toHaveFocus();
    // The question: a group named by it, with feedback that explains, politely.
    const group = within(region()).getByRole('group', { name: 'Which way should b3 move to lower the SSR?' });
    await user.click(within(group).getByRole('radio', { name: 'Down: make b3 smaller' }));
    expect(within(group).getByText(/Not quite/)).toHaveAttribute('aria-live', 'polite');
    await user.click(within(group).getByRole('radio', { name: 'Up: make b3 larger' }));
    expect(within(group).getByText(/^Right\./)).toBeInTheDocument();
    await user.click(within(region()).getByRole('button', { name: 'Back' }));
    expect(within(region()).getByRole('heading', { name: 'The SSR curve' })).toHaveFocus();
    await user.click(within(region()).getByRole('button', { name: 'Next' }));
    await user.click(within(region()).getByRole('button', { name: 'Next' }));
    expect(within(region()).getByText('Card 3 of 4')).toBeInTheDocument();
    const next = within(region()).getByRole('button', { name: 'Next' });
    expect(next).toBeDisabled();
    const step = screen.getAllByRole('button', { name: 'Step' })[0]!;
    await user.click(step);
    expect(next).toBeDisabled();
    await user.click(step);
    expect(next).toBeEnabled();
    expect(within(region()).getByText('Done: Next is open.')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)['ssr-slope']).toMatchObject({ seen: [1, 2, 3], done: [3] });
    // Skipping: back to a fresh start of the task, and past it without doing it.
    await user.click(within(region()).getByRole('button', { name: 'Back' }));
    await user.click(within(region()).getByRole('button', { name: 'Next' }));
    expect(within(region()).getByRole('button', { name: 'Next' })).toBeEnabled(); // done once is done
  });

  it('a skipped task leaves its card undone; Esc leaves the lesson and the focus goes back to Lessons', async () => {
    const { user } = renderApp();
    await user.click(within(await openLessons(user)).getByRole('button', { name: /One step by hand/ }));
    await screen.findByRole('region', { name: 'Lesson' });
    await user.click(within(region()).getByRole('button', { name: 'Next' }));
    await user.click(within(region()).getByRole('button', { name: 'Next' }));
    expect(within(region()).getByText('Card 3 of 5')).toBeInTheDocument();
    await user.click(within(region()).getByRole('button', { name: 'Skip this task' }));
    expect(within(region()).getByText('Card 4 of 5')).toBeInTheDocument();
    expect(within(region()).getByRole('heading', { level: 2 })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Lesson' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lessons' })).toHaveFocus();
    const dialog = await openLessons(user);
    expect(within(dialog).getByRole('button', { name: /^One step by hand/ })).toHaveTextContent(
      '4 of 5 cards seen, 0 of 2 tasks done',
    );
  });

  it('Start over forgets one lesson and keeps the others; progress is read back from the browser', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        'ssr-slope': { seen: [1, 2], done: [], best: {}, card: 2 },
        backprop: { seen: [1], done: [], best: {}, card: 1 },
      }),
    );
    const { user } = renderApp();
    const dialog = await openLessons(user);
    expect(within(dialog).getByRole('button', { name: /^The SSR curve/ })).toHaveTextContent('2 of 4 cards seen');
    await user.click(within(dialog).getByRole('button', { name: 'Start over: The SSR curve and its slope' }));
    expect(within(dialog).getByRole('button', { name: /^The SSR curve/ })).toHaveTextContent('Not started');
    expect(within(dialog).getByRole('button', { name: /^Backpropagation/ })).toHaveTextContent('1 of 5 cards seen');
    expect(Object.keys(JSON.parse(localStorage.getItem(STORAGE_KEY)!))).toEqual(['backprop']);
  });

  it('a lesson opened again goes on at its last card', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ backprop: { seen: [1, 2, 3], done: [], best: {}, card: 3 } }));
    const { user } = renderApp();
    await user.click(within(await openLessons(user)).getByRole('button', { name: /^Backpropagation/ }));
    expect(within(await screen.findByRole('region', { name: 'Lesson' })).getByText('Card 3 of 5')).toBeInTheDocument();
    expect(useDescent.getState().scenario).toBe('network');
  });

  it('a challenge says Goal reached, keeps the best, and opens its solution once tried', async () => {
    const { user } = renderApp('#scenario=bias&lr=0.1&b3=0&iter=0&lesson=learning-rate&card=4');
    const lesson = await screen.findByRole('region', { name: 'Lesson' });
    expect(within(lesson).getByText('Goal not reached yet.')).toBeInTheDocument();
    expect(within(lesson).queryByRole('button', { name: 'Show the worked solution' })).not.toBeInTheDocument();
    const field = screen.getByRole('spinbutton', { name: 'Learning rate value' });
    await user.clear(field);
    await user.type(field, '0.1667{Enter}');
    await user.click(screen.getAllByRole('button', { name: 'Step' })[0]!);
    expect(within(lesson).getByText(/^Goal reached\./)).toHaveTextContent('Goal reached. Best: 1 step.');
    await user.click(within(lesson).getByRole('button', { name: 'Show the worked solution' }));
    expect(within(lesson).getByText(/A rate of 1\/6/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)['learning-rate'].best).toEqual({ 4: 1 });
  });

  it('a link to no such lesson, or past its last card, is refused with a notice', async () => {
    const first = renderApp('#lesson=no-such-lesson');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('there is no lesson “no-such-lesson”; the lessons are ssr-slope, one-step');
    expect(screen.queryByRole('region', { name: 'Lesson' })).not.toBeInTheDocument();
    first.unmount();

    renderApp('#lesson=backprop&card=9');
    expect(await screen.findByRole('alert')).toHaveTextContent('the lesson has 5 cards, so it starts at the first');
    expect(within(await screen.findByRole('region', { name: 'Lesson' })).getByText('Card 1 of 5')).toBeInTheDocument();
  });

  it('hide= hides exactly the named panels', async () => {
    renderApp('#scenario=linreg&hide=graph,history,data');
    expect(await screen.findByRole('heading', { name: /Race: optimizers/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Computational graph' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Iteration history' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download data' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Training log' })).toBeInTheDocument();
  });
});
