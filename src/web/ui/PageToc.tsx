/** "På den här sidan": links to the sections of a long page. */
export function PageToc({ title, sections }: { title: string; sections: { id: string; label: string }[] }) {
  return (
    <nav className="card page-toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{title}</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
