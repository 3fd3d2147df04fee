-- Annual disclosure reports (政府信息公开工作年度报告): the narrative staff write, as a draft, and the published
-- report, which keeps the figures as they were when it was published: late data does not change it.

CREATE TABLE report_drafts (
  year integer PRIMARY KEY,
  -- Markdown: 总体情况, 存在的主要问题及改进情况, 其他需要报告的事项.
  overview text NOT NULL,
  problems text NOT NULL,
  other_matters text NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by integer NOT NULL REFERENCES staff (id)
);

CREATE TABLE published_reports (
  year integer PRIMARY KEY,
  -- src/reports/figures.ts's ReportFigures, as counted at publication.
  figures jsonb NOT NULL,
  overview text NOT NULL,
  problems text NOT NULL,
  other_matters text NOT NULL,
  published_at timestamptz NOT NULL,
  published_by integer NOT NULL REFERENCES staff (id)
);
