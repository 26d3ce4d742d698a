import { commandIds } from '../presentation/commandIds';
import type { ReportPanel } from '../report/reportPanel';

/** Show Report: the report webview beside the editor. */
export class ShowReportCommand {
	readonly id = commandIds.showReport;

	constructor(private readonly panel: ReportPanel) {}

	execute(): Promise<void> {
		return this.panel.show();
	}
}
