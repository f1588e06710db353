import type { DefinitionProblem } from '../../core/definition/types';

/** Shows definition problems with file and pointer, for administrators. */
export function ProblemList({ problems }: { problems: DefinitionProblem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>
          <code>
            {problem.file}
            {problem.pointer ? `#${problem.pointer}` : ''}
          </code>
          : {problem.message}
        </li>
      ))}
    </ul>
  );
}
