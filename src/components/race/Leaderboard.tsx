import { fixed4, plain } from '../../format/number';
import { useT } from '../common/useT';
import { OPTIMIZER_WORDS } from './optimizerWords';
import { arrivedBy, endOf, verdict, type BoardEntry } from './ranking';

interface LeaderboardProps {
  readonly board: readonly BoardEntry[];
  readonly shown: number;
  readonly minimum: number;
  /** The caption's words (they name the scenario's stop rule where it has one). */
  readonly caption: string;
}

/** The leaderboard: each lane's rank, result and gap to the minimum at the step shown. */
export function Leaderboard({ board, shown, minimum, caption }: LeaderboardProps) {
  const t = useT();
  return (
    <table className="leaderboard">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('race.board.rank')}</th>
          <th scope="col">{t('race.board.lane')}</th>
          <th scope="col">{t('race.board.optimizer')}</th>
          <th scope="col">{t('race.board.rate')}</th>
          <th scope="col">{t('race.board.result')}</th>
          <th scope="col">{t('race.board.gap', { step: shown })}</th>
        </tr>
      </thead>
      <tbody>
        {board.map(({ run, i, lane }, rank) => (
          <tr key={i}>
            <td>{arrivedBy(run, shown) === Infinity ? '—' : rank + 1}</td>
            <th scope="row">{i + 1}</th>
            <td>{t(OPTIMIZER_WORDS[lane.optimizer])}</td>
            <td>{plain(lane.learningRate)}</td>
            <td>{shown >= endOf(run) ? t.msg(verdict(run)) : shown === 0 ? t('race.atStart') : t('race.racingNow')}</td>
            <td>{fixed4(run.losses[Math.min(shown, run.losses.length - 1)]! - minimum)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
